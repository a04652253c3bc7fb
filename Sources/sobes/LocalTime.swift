#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The reader's time zone from the C library (TZ, else /etc/localtime), as Foundation's
/// `TimeZone.current` gives it, without loading ICU's zone data before the first frame.
enum LocalTime {
    /// Seconds east of UTC, now.
    static func utcOffsetSeconds() -> Int {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}
