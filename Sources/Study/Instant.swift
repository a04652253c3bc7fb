/// A moment in UTC, in whole milliseconds since 1970: exact, so a log folded twice gives
/// the same days and the same dues (doubles of seconds would drift at day boundaries).
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millisecondsSince1970: Int64

    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    public init(secondsSince1970: Int64) {
        self.millisecondsSince1970 = secondsSince1970 * 1000
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }

    public static func + (lhs: Instant, rhs: TimeSpan) -> Instant {
        Instant(millisecondsSince1970: lhs.millisecondsSince1970 + rhs.milliseconds)
    }

    public static func - (lhs: Instant, rhs: Instant) -> TimeSpan {
        TimeSpan(milliseconds: lhs.millisecondsSince1970 - rhs.millisecondsSince1970)
    }

    public var description: String { "\(millisecondsSince1970) ms" }
}

/// A length of time in whole milliseconds.
public struct TimeSpan: Hashable, Comparable, Sendable {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public static func seconds(_ seconds: Int64) -> TimeSpan { TimeSpan(milliseconds: seconds * 1000) }
    public static func minutes(_ minutes: Int64) -> TimeSpan { .seconds(minutes * 60) }
    public static func days(_ days: Int) -> TimeSpan { .seconds(Int64(days) * 86_400) }

    /// Whole days, rounded down, as Python's `timedelta.days` counts them.
    public var wholeDays: Int {
        let day: Int64 = 86_400_000
        let quotient = milliseconds / day
        return Int(milliseconds % day < 0 ? quotient - 1 : quotient)
    }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.milliseconds < rhs.milliseconds }
}
