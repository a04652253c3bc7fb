#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment, read once from `environ`: `ProcessInfo.environment` builds a
/// new dictionary on every call (about half a million instructions), start-up asked for it a
/// dozen times before the first frame, and Foundation's way there faults in some fifty pages
/// of code before it. Sobes never changes its own environment. A name set twice keeps its
/// first value, as `getenv` reads it.
enum ProcessEnvironment {
    static let current: [String: String] = {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return variables
    }()
}
