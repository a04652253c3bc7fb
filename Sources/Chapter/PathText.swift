#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `path` made absolute (from `currentDirectory`) and standardized by its text alone, as
/// Foundation's `standardizedFileURL` does: "." steps and empty ones dropped, ".." taking the
/// step before it away, no slash at the end. Links are not followed. Two spellings of one
/// folder ("Content", "./Content/", "/repo/x/../Content") give one text.
public func standardizedPath(_ path: String, currentDirectory: String) -> String {
    let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
    var steps: [Substring] = []
    for step in absolute.split(separator: "/", omittingEmptySubsequences: true) {
        switch step {
        case ".": continue
        case "..": if !steps.isEmpty { steps.removeLast() }
        default: steps.append(step)
        }
    }
    return "/" + steps.joined(separator: "/")
}

/// The process's working directory ("/" when it cannot be told: removed, or too long).
public func currentDirectoryPath() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "/" }
    return String(cString: buffer)
}

/// `path` with its links followed (realpath), or nil when it does not exist.
public func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}
