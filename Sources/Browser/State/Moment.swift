/// A moment on the runtime's monotonic clock: how long after the program started. Time
/// reaches `update` only as values of this type (in `.tick`), so every rule that waits
/// (autosave, retries, the reading position) is a pure function of the state and tests
/// run it with a clock they move by hand.
public struct Moment: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var sinceStart: Duration

    public init(sinceStart: Duration) {
        self.sinceStart = sinceStart
    }

    public static let start = Moment(sinceStart: .zero)

    public static func + (moment: Moment, duration: Duration) -> Moment {
        Moment(sinceStart: moment.sinceStart + duration)
    }

    public static func - (later: Moment, earlier: Moment) -> Duration {
        later.sinceStart - earlier.sinceStart
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool {
        lhs.sinceStart < rhs.sinceStart
    }

    public var description: String { "\(sinceStart)" }
}
