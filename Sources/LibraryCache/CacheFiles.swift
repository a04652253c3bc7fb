#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cache directory's files: created 0700 on first write, each file written to a
/// temporary name and renamed over the old one, so a reader sees the old file or the new
/// one, never half of one.
enum CacheFiles {
    /// Creates the directory and its parents; nil on success, else why not.
    static func makeDirectory(_ path: String) -> String? {
        var built = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o700) != 0 && errno != EEXIST { return "\(built): \(errorText())" }
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return "\(path): not a directory" }
        return nil
    }

    /// Writes the bytes under `path` atomically; nil on success, else why not.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        write(parts: [bytes], to: path)
    }

    /// Writes the parts one after another, as one file, atomically.
    /// Files are written this much at a time. A file written in one call of tens of megabytes
    /// stays in the page cache in blocks of up to 2 MB, and a mapped read of one byte makes a
    /// whole block resident: linking a 1000-chapter library's follow-ups, whose searches read
    /// a little of every column of the 52 MB index, then held 42 MB of it at once.
    static let writePiece = 1 << 16

    static func write(parts: [[UInt8]], to path: String) -> String? {
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return "\(temporary): \(errorText())" }
        var failure: String?
        for part in parts where failure == nil {
            var written = 0
            failure = part.withUnsafeBytes { raw in
                while written < raw.count {
                    let count = Glibc.write(descriptor, raw.baseAddress! + written, min(raw.count - written, CacheFiles.writePiece))
                    if count < 0 {
                        if errno == EINTR { continue }
                        return "\(temporary): \(errorText())"
                    }
                    written += count
                }
                return nil
            }
        }
        close(descriptor)
        if let failure {
            unlink(temporary)
            return failure
        }
        guard rename(temporary, path) == 0 else {
            let reason = "\(path): \(errorText())"
            unlink(temporary)
            return reason
        }
        return nil
    }

    /// Removes the temporary files of writers that are gone (a process killed between
    /// writing and renaming leaves its `NAME.PID.tmp`).
    static func removeAbandonedTemporaries(in directory: String) {
        guard let folder = opendir(directory) else { return }
        defer { closedir(folder) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(folder) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            guard name.hasSuffix(".tmp") else { continue }
            let parts = name.split(separator: ".")
            guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + name) }
        }
    }

    /// Removes all but the `count` most recently modified files with the suffix.
    static func keepNewest(_ count: Int, withSuffix suffix: String, in directory: String) {
        guard let folder = opendir(directory) else { return }
        var files: [(path: String, modified: Int)] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(folder) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            guard name.hasSuffix(suffix) else { continue }
            var info = stat()
            let path = directory + "/" + name
            if stat(path, &info) == 0 { files.append((path, Int(info.st_mtim.tv_sec))) }
        }
        closedir(folder)
        for file in files.sorted(by: { $0.modified > $1.modified }).dropFirst(count) { unlink(file.path) }
    }

    /// The absolute form of a path: the same relative path from two folders is two files.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let directory = getcwd(nil, 0) else { return path }
        defer { free(directory) }
        return CacheLocation.joined(String(cString: directory), path)
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
