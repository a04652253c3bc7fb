#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations loading needs, on POSIX calls (no Foundation on the start-up path).
enum FileSystem {
    enum Kind { case missing, directory, file, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The names in a directory, sorted; throws with errno's text.
    static func contents(of path: String) throws(ChapterError) -> [String] {
        try unsortedContents(of: path).sorted()
    }

    /// The names in a directory in the order the directory lists them: for a caller that
    /// needs no order (sorting a thousand names is about 1M instructions).
    static func unsortedContents(of path: String) throws(ChapterError) -> [String] {
        var names: [String] = []
        try forEachName(in: path) { names.append(String(decoding: $0, as: UTF8.self)) }
        return names
    }

    /// Each name in a directory but `.` and `..`, as its bytes in readdir's buffer (valid
    /// during the call only), in the order the directory lists them: for a caller that can
    /// judge most names without making a String of each.
    static func forEachName(in path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(ChapterError) {
        guard let directory = opendir(path) else {
            throw ChapterError(path: path, problem: .unreadable(errorText()))
        }
        defer { closedir(directory) }
        // The name is read up to its NUL through a pointer: an entry is only as long as its
        // name, so copying `d_name` whole (256 bytes) reads past the end of readdir's buffer.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            let start = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: UInt8.self)
            let name = UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)))
            let dot = UInt8(ascii: ".")
            if name.count == 1 && name[0] == dot || name.count == 2 && name[0] == dot && name[1] == dot { continue }
            body(name)
        }
    }

    /// A chapter (or the README, or terms.tsv) larger than this is not read.
    static let maximumFileSize = 16 << 20

    /// The bytes of a regular file (a symlink is followed) of at most `maximumFileSize`: a FIFO
    /// would block the read forever and /dev/zero never ends, so anything else is refused.
    static func read(_ path: String) throws(ChapterError) -> [UInt8] {
        // Non-blocking, so opening a FIFO does not wait for a writer; fstat then refuses it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ChapterError(path: path, problem: .unreadable(errorText())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ChapterError(path: path, problem: .unreadable(errorText())) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ChapterError(path: path, problem: .unreadable("is a directory"))
        default: throw ChapterError(path: path, problem: .notRegularFile)
        }
        let tooLarge = ChapterError(path: path, problem: .tooLarge(megabytes: maximumFileSize >> 20))
        guard info.st_size <= maximumFileSize else { throw tooLarge }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(info.st_size), 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ChapterError(path: path, problem: .unreadable(errorText()))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // The file may grow while it is read.
            if bytes.count > maximumFileSize { throw tooLarge }
        }
        return bytes
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// A file of the content folder other than a chapter (terms.tsv): read as chapters are, only
/// when it is a regular file of at most 16 MB.
public func readContentFile(_ path: String) throws(ChapterError) -> [UInt8] {
    try FileSystem.read(path)
}

/// The text of a small UTF-8 file (a config file), or nil when it cannot be read or is not
/// UTF-8. Plain POSIX reads: Foundation's `String(contentsOfFile:)` faults in its file and
/// error code before the first frame, most often only to find that there is no config file.
public func readUTF8File(_ path: String) -> String? {
    guard let bytes = try? FileSystem.read(path) else { return nil }
    return String(validating: bytes, as: UTF8.self)
}
