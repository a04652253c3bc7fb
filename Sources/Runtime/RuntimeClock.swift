import Browser

/// Where the loop reads the time. The real one is monotonic; tests move theirs by hand.
public protocol RuntimeClock {
    var now: Moment { get }
}

/// The process's monotonic clock, counted from when it was made.
public struct SystemClock: RuntimeClock {
    private let start = ContinuousClock.now

    public init() {}

    public var now: Moment { Moment(sinceStart: start.duration(to: .now)) }
}
