#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// FSRS-6's formulas, written as the `fsrs` package (6.3.2) writes them, operation for
/// operation: the same `pow` calls in the same order give the same doubles, so intervals
/// round the same way at their boundaries.
struct MemoryModel: Sendable {
    let w: [Double]
    let decay: Double
    let factor: Double
    /// `desired_retention ** (1 / DECAY) - 1`: the interval is `stability / factor` times this.
    let intervalModifier: Double
    let maximumInterval: Int
    // Terms that do not depend on the card, computed once.
    private let easyInitialDifficulty: Double
    private let recallGrowth: Double
    private let shortTermForgetDivisor: Double

    static let minimumStability = 0.001

    init(_ configuration: SchedulerConfiguration) {
        w = configuration.parameters
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        intervalModifier = pow(configuration.desiredRetention, 1 / decay) - 1
        maximumInterval = configuration.maximumInterval
        easyInitialDifficulty = w[4] - pow(M_E, w[5] * Double(Rating.easy.rawValue - 1)) + 1
        recallGrowth = pow(M_E, w[8])
        shortTermForgetDivisor = pow(M_E, w[17] * w[18])
    }

    func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    func initialDifficulty(_ rating: Rating) -> Double {
        clampDifficulty(w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1)
    }

    /// Linear damping towards 10, then mean reversion towards the easy initial difficulty.
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * easyInitialDifficulty + (1 - w[7]) * damped)
    }

    /// A second review on the same day (under one whole day since the last).
    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = pow(M_E, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return max(next, Self.minimumStability)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(M_E, (1 - retrievability) * w[14])
        let shortTerm = stability / shortTermForgetDivisor
        return min(longTerm, shortTerm)
    }

    private func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1 + recallGrowth * (11 - difficulty) * pow(stability, -w[9])
            * (pow(M_E, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// The probability of recall after `elapsedDays` whole days.
    func retrievability(stability: Double, elapsedDays: Int) -> Double {
        pow(1 + factor * Double(max(0, elapsedDays)) / stability, decay)
    }

    /// Whole days (Python's round: half to even), at least 1, at most the maximum.
    func intervalDays(stability: Double) -> Int {
        let days = Int((stability / factor * intervalModifier).rounded(.toNearestOrEven))
        return min(max(days, 1), maximumInterval)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, 1.0), 10.0)
    }
}
