#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a chapter file looked like when its cache entry was written: size and modification
/// time (to the nanosecond), and a hash of its bytes for when the time alone cannot tell.
struct FileStamp: Equatable {
    var size: UInt64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var contentHash: UInt64

    /// The size and modification time of a regular file; nil for anything else.
    static func read(_ path: String) -> (size: UInt64, seconds: Int64, nanoseconds: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (UInt64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))
    }

    /// The current time in seconds, to tell a modification time too close to the entry's
    /// writing to trust (the file may have changed again within the clock's granularity).
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec)
    }
}
