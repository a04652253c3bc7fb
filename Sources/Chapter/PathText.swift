#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `path` made absolute (from `currentDirectory`) and standardized by its text alone, as
/// Foundation's `standardizedFileURL` does: "." steps and empty ones dropped, ".." taking the
/// step before it away, no slash at the end. Links are not followed. Two spellings of one
/// folder ("Content", "./Content/", "/repo/x/../Content") give one text.
///
/// By UTF-8 bytes ("/" and "." are never part of another character's encoding): the split
/// and join of Substrings ran 0.38M instructions of generic code before the first frame.
public func standardizedPath(_ path: String, currentDirectory: String) -> String {
    let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
    let bytes = Array((path.hasPrefix("/") ? path : currentDirectory + "/" + path).utf8)
    var steps: [Range<Int>] = []
    var start = 0
    for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
        let step = start..<end
        start = end + 1
        switch step.count {
        case 0: continue
        case 1 where bytes[step.lowerBound] == dot: continue
        case 2 where bytes[step.lowerBound] == dot && bytes[step.lowerBound + 1] == dot:
            if !steps.isEmpty { steps.removeLast() }
        default: steps.append(step)
        }
    }
    guard !steps.isEmpty else { return "/" }
    var standardized: [UInt8] = []
    standardized.reserveCapacity(bytes.count)
    for step in steps {
        standardized.append(slash)
        standardized.append(contentsOf: bytes[step])
    }
    return String(decoding: standardized, as: UTF8.self)
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
