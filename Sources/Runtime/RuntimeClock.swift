import Browser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Study

/// Where the loop reads the time: the monotonic clock that timed rules wait on, and the
/// wall clock reviews are stamped with. Tests move theirs by hand.
public protocol RuntimeClock {
    var now: Moment { get }
    var wallTime: Instant { get }
}

/// The process's monotonic clock, counted from when it was made, and the system's time.
public struct SystemClock: RuntimeClock {
    private let start = ContinuousClock.now

    public init() {}

    public var now: Moment { Moment(sinceStart: start.duration(to: .now)) }

    public var wallTime: Instant {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Instant(millisecondsSince1970: Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000)
    }
}
