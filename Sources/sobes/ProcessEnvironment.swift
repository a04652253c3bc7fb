#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment, read once from `environ`: `ProcessInfo.environment` builds a
/// new dictionary on every call (about half a million instructions), start-up asked for it a
/// dozen times before the first frame, and Foundation's way there faults in some fifty pages
/// of code before it. Sobes never changes its own environment.
enum ProcessEnvironment {
    static let current: [String: String] = {
        var entries: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            entries.append(String(cString: pointer))
            entry += 1
        }
        return variables(in: entries)
    }()

    /// `NAME=value` entries by name (the value may hold `=` too); a name set twice keeps its
    /// first value, as `getenv` reads it; an entry without `=` names nothing.
    static func variables(in entries: [String]) -> [String: String] {
        var variables: [String: String] = [:]
        for text in entries {
            guard let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = String(text[..<equals])
            if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
        }
        return variables
    }
}
