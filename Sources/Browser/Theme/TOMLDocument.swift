import TOMLKit

/// Reads TOML text into a table for the theme and config readers, every failure one line
/// naming the file.
enum TOMLDocument {
    static func table(_ text: String, path: String) throws(ThemeLoader.Failure) -> TOMLTable {
        switch firstAssertionTrigger(text) {
        case .braceInArray(let line)?:
            throw ThemeLoader.Failure(path: path, message: "line \(line): expected a value or ']', saw '}'")
        case .headerWithoutKey(let line)?:
            throw ThemeLoader.Failure(path: path, message: "line \(line): expected a key in the table header")
        case .unsupportedValue(let line)?:
            throw ThemeLoader.Failure(
                path: path, message: "line \(line): expected a string, a whole number, true, false, an array or a table")
        case nil:
            break
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeLoader.Failure(path: path, message: "line \(error.source.begin.line): \(error.description)")
        } catch {
            throw ThemeLoader.Failure(path: path, message: "not a TOML file")
        }
    }

    /// Text on which toml++ (inside TOMLKit 0.6.0) asserts, aborting the process, instead of
    /// reporting an error (found by the TOML fuzzer).
    enum AssertionTrigger: Equatable {
        /// A `}` where an array expects a value (`[1, }`). In valid TOML a `}` only closes an
        /// inline table, so one whose innermost open bracket is `[` is always an error.
        case braceInArray(line: Int)
        /// A table header whose key starts with neither a bare-key character nor a quote
        /// (`[=]`, `[.a]`, `[é]`, `[` and the end of the line).
        case headerWithoutKey(line: Int)
        /// A value that is not a string, a whole number, a boolean, an array or an inline
        /// table: toml++'s date, time and float parsers assert on malformed ones
        /// (`1979-05-27T\u{10}7:32`), and themes and the config use none of them.
        case unsupportedValue(line: Int)
    }

    /// The first such trigger in the text, if any; strings and comments are skipped.
    static func firstAssertionTrigger(_ text: String) -> AssertionTrigger? {
        let bytes = Array(text.utf8)
        var open: [UInt8] = []
        var line = 1
        var index = 0
        var atLineStart = true  // nothing but spaces and tabs so far on this line
        var expectsValue = false  // after `=`, or after `[` or `,` in an array
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // a byte order mark, as toml++ skips it
        func starts(_ marker: String, at position: Int) -> Bool {
            let marker = Array(marker.utf8)
            return position + marker.count <= bytes.count && Array(bytes[position..<position + marker.count]) == marker
        }
        func isKeyStart(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                 UInt8(ascii: "]"):
                return true
            default:
                return false
            }
        }
        func isDelimiter(_ byte: UInt8) -> Bool {
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ","),
             UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#")].contains(byte)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if expectsValue && !isDelimiter(byte) {
                expectsValue = false
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "{"):
                    break  // a string, an array or a table: read below
                default:
                    // A bare value: a whole number (digits, `_`, a leading sign), a plain decimal
                    // (digits on both sides of one point: `desired_retention = 0.9`) or a boolean.
                    var end = index
                    while end < bytes.count && !isDelimiter(bytes[end]) { end += 1 }
                    let token = bytes[index..<end]
                    let digits = token.first == UInt8(ascii: "+") || token.first == UInt8(ascii: "-") ? token.dropFirst() : token
                    let isNumber = !digits.isEmpty && digits.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") }
                    let isBoolean = token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8)
                    let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
                    let isDecimal = parts.count == 2 && parts.allSatisfy { part in
                        !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                    }
                    if !isNumber && !isBoolean && !isDecimal { return .unsupportedValue(line: line) }
                    index = end
                    atLineStart = false
                    continue
                }
            }
            let lineStarted = atLineStart
            atLineStart = byte == UInt8(ascii: "\n") || (atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")))
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
            case UInt8(ascii: "[") where open.isEmpty && lineStarted:
                // A table header, `[key]` or `[[key]]`: its key must start like one.
                open.append(byte)
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "[") {
                    open.append(byte)
                    index += 1
                }
                var next = index + 1
                while next < bytes.count && (bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t")) { next += 1 }
                if next < bytes.count && !isKeyStart(bytes[next]) { return .headerWithoutKey(line: line) }
            case UInt8(ascii: "["):
                open.append(byte)
                expectsValue = true
            case UInt8(ascii: "{"):
                open.append(byte)
            case UInt8(ascii: "="):
                expectsValue = true
            case UInt8(ascii: ","):
                expectsValue = open.last == UInt8(ascii: "[")
            case UInt8(ascii: "]"):
                if open.last == UInt8(ascii: "[") { open.removeLast() }
            case UInt8(ascii: "}"):
                if open.last == UInt8(ascii: "[") { return .braceInArray(line: line) }
                if open.last == UInt8(ascii: "{") { open.removeLast() }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
