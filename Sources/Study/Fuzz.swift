/// The `fsrs` package's interval fuzz: a review interval of `d` days (d ≥ 3) becomes a day
/// drawn from `d ± delta`, where delta grows by 15% of the days from 2.5 to 7, 10% from
/// 7 to 20 and 5% beyond. The draw is a uniform number in [0, 1) the caller supplies.
enum Fuzz {
    private static let ranges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, .infinity, 0.05),
    ]

    /// The smallest and largest interval the draw maps onto (before the package's last
    /// rounding, which can reach one day past the largest).
    static func range(days: Int, maximumInterval: Int) -> (minimum: Int, maximum: Int) {
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
        }
        let maximum = min(Int((Double(days) + delta).rounded(.toNearestOrEven)), maximumInterval)
        let minimum = min(max(2, Int((Double(days) - delta).rounded(.toNearestOrEven))), maximum)
        return (minimum, maximum)
    }

    static func interval(days: Int, draw: Double, maximumInterval: Int) -> Int {
        if Double(days) < 2.5 { return days }
        let (minimum, maximum) = range(days: days, maximumInterval: maximumInterval)
        let fuzzed = draw * Double(maximum - minimum + 1) + Double(minimum)
        return min(Int(fuzzed.rounded(.toNearestOrEven)), maximumInterval)
    }
}

/// The fuzz's random numbers: a pure function of the card and the review's time, so
/// folding the same log again lands every card on the same day.
public struct FuzzSeed: Hashable, Sendable {
    public var value: UInt64

    public init(_ value: UInt64) { self.value = value }

    /// FNV-1a over the card's chapter id and question key.
    public init(chapterID: String, questionKey: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in chapterID.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x1f) &* 0x100_0000_01b3
        for byte in questionKey.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        self.value = hash
    }

    /// A uniform number in [0, 1) for the review at `time` (SplitMix64's finaliser).
    public func draw(at time: Instant) -> Double {
        var z = value &+ UInt64(bitPattern: time.millisecondsSince1970) &* 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        return Double(z >> 11) * 0x1p-53
    }
}
