/// Checks a file's bytes are text and decodes them as UTF-8, repairing bad sequences.
enum TextDecoding {
    /// Lines of invalid UTF-8 named one by one; the rest are counted in one more warning.
    static let reportedBadLines = 5

    /// The text, with invalid UTF-8 replaced by U+FFFD, and a warning for each of the first bad lines.
    static func decode(_ bytes: [UInt8], path: String) throws(ChapterError) -> (text: String, warnings: [LoadWarning]) {
        if let nul = bytes.firstIndex(of: 0) {
            throw ChapterError(path: path, problem: .notText(line: lineNumber(of: nul, in: bytes)))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ChapterError(path: path, problem: .emptyFile)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, [])
        }
        var warnings: [LoadWarning] = []
        var line = 1
        var unreported = 0
        for lineBytes in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil {
                if warnings.count < reportedBadLines {
                    warnings.append(LoadWarning(path: path, line: line, message: "invalid UTF-8, shown as \u{FFFD}"))
                } else {
                    unreported += 1
                }
            }
            line += 1
        }
        if unreported > 0 {
            warnings.append(LoadWarning(path: path, message: "and \(unreported) more lines of invalid UTF-8, shown as \u{FFFD}"))
        }
        return (String(decoding: bytes, as: UTF8.self), warnings)
    }

    static func lineNumber(of index: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<index].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
