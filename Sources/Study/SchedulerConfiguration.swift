/// The settings of the scheduler, with the `fsrs` package's (6.3.2) defaults.
public struct SchedulerConfiguration: Equatable, Sendable {
    /// FSRS-6's 21 model weights.
    public var parameters: [Double]
    /// The probability of recall the intervals aim at when a card comes due.
    public var desiredRetention: Double
    /// The short steps of a new card before it graduates to review.
    public var learningSteps: [TimeSpan]
    /// The short steps of a forgotten card before it returns to review.
    public var relearningSteps: [TimeSpan]
    /// The longest interval, in days.
    public var maximumInterval: Int

    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    public init(
        parameters: [Double] = SchedulerConfiguration.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeSpan] = [.minutes(1), .minutes(10)],
        relearningSteps: [TimeSpan] = [.minutes(10)],
        maximumInterval: Int = 36500
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    /// Why the configuration cannot schedule, or nil when it can: the package's bounds on
    /// each weight, a retention strictly between 0 and 1, a positive maximum interval.
    public var problem: String? {
        guard parameters.count == Self.lowerBounds.count else {
            return "expected \(Self.lowerBounds.count) parameters, got \(parameters.count)"
        }
        for (index, value) in parameters.enumerated()
        where !(Self.lowerBounds[index]...Self.upperBounds[index]).contains(value) {
            return "parameters[\(index)] = \(value) is out of bounds (\(Self.lowerBounds[index]), \(Self.upperBounds[index]))"
        }
        guard desiredRetention > 0, desiredRetention < 1 else {
            return "desired retention \(desiredRetention) is not between 0 and 1"
        }
        guard maximumInterval >= 1 else { return "maximum interval \(maximumInterval) is under one day" }
        if let step = (learningSteps + relearningSteps).first(where: { $0.milliseconds <= 0 }) {
            return "a step of \(step.milliseconds) ms is not positive"
        }
        return nil
    }

    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]
}
