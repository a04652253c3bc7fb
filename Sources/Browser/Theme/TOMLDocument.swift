import TOMLKit

/// Reads TOML text into a table for the theme and config readers, every failure one line
/// naming the file.
enum TOMLDocument {
    static func table(_ text: String, path: String) throws(ThemeLoader.Failure) -> TOMLTable {
        if let line = lineOfBraceInArray(text) {
            throw ThemeLoader.Failure(path: path, message: "line \(line): expected a value or ']', saw '}'")
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeLoader.Failure(path: path, message: "line \(error.source.begin.line): \(error.description)")
        } catch {
            throw ThemeLoader.Failure(path: path, message: "not a TOML file")
        }
    }

    /// The line of a `}` met where an array expects a value (`[1, }`), if any. toml++ (inside
    /// TOMLKit 0.6.0) asserts on it and aborts the process instead of reporting an error, so
    /// it is refused here first. In valid TOML a `}` only closes an inline table, so one whose
    /// innermost open bracket is `[` is always an error. Strings and comments are skipped.
    static func lineOfBraceInArray(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        var open: [UInt8] = []
        var line = 1
        var index = 0
        func starts(_ marker: String, at position: Int) -> Bool {
            let marker = Array(marker.utf8)
            return position + marker.count <= bytes.count && Array(bytes[position..<position + marker.count]) == marker
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: "#"):
                while index + 1 < bytes.count && bytes[index + 1] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let escapes = byte == UInt8(ascii: "\"")
                let delimiter = String(repeating: String(UnicodeScalar(byte)), count: 3)
                let multiline = starts(delimiter, at: index)
                index += multiline ? 3 : 1
                while index < bytes.count {
                    let current = bytes[index]
                    if current == UInt8(ascii: "\n") {
                        line += 1
                        if !multiline { break }  // an unterminated string: toml++ reports it
                    }
                    if escapes && current == UInt8(ascii: "\\") {
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { line += 1 }
                        index += 2
                        continue
                    }
                    if multiline ? starts(delimiter, at: index) : current == byte {
                        index += multiline ? 2 : 0
                        // A multi-line string may end in up to two more quotes of its own.
                        while multiline && index + 1 < bytes.count && bytes[index + 1] == byte { index += 1 }
                        break
                    }
                    index += 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(byte)
            case UInt8(ascii: "]"):
                if open.last == UInt8(ascii: "[") { open.removeLast() }
            case UInt8(ascii: "}"):
                if open.last == UInt8(ascii: "[") { return line }
                if open.last == UInt8(ascii: "{") { open.removeLast() }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
