import Chapter

/// The field's bilingual terms, so a Russian word finds the English term the text uses and the
/// reverse (семафор ↔ semaphore, цикл событий ↔ event loop).
///
/// The file is plain text, one group of equivalent terms a line: the Russian side, a tab, the
/// English side; either side may list several phrases separated by commas. `#` starts a comment.
public struct TermDictionary: Sendable, Equatable {
    /// Each group holds phrases that mean the same; each phrase is folded words.
    public private(set) var groups: [[[String]]]
    /// Lines that could not be read, as "path:line: problem"; the rest still loads.
    public private(set) var warnings: [String]

    public init(groups: [[[String]]] = [], warnings: [String] = []) {
        self.groups = groups
        self.warnings = warnings
    }

    public static let fileName = "terms.tsv"

    /// The dictionary in a content folder; empty when the folder has no such file.
    public static func load(contentDirectory: String) -> TermDictionary {
        load(path: contentDirectory + "/" + fileName)
    }

    /// The dictionary at a path: empty when there is no such file, empty with a warning when
    /// it cannot be read.
    public static func load(path: String) -> TermDictionary {
        guard fileExists(path) else { return TermDictionary() }
        do {
            return parse(String(decoding: try readContentFile(path), as: UTF8.self), path: path)
        } catch {
            return TermDictionary(warnings: ["\(error.description); searching without the term dictionary"])
        }
    }

    /// Reads the dictionary's text; `path` names it in warnings. Works on the UTF-8 bytes (the
    /// built-in glossary is read by every `sobes search`): a line ends at LF (a CR before it is
    /// whitespace), `#` starts a comment, columns are split at tabs and phrases at commas.
    public static func parse(_ text: String, path: String = TermDictionary.fileName) -> TermDictionary {
        var groups: [[[String]]] = []
        var warnings: [String] = []
        var tokenizer = Tokenizer()
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            var lineNumber = 0
            while lineStart <= bytes.count {
                lineNumber += 1
                let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                let end = bytes[lineStart..<lineEnd].firstIndex(of: hash) ?? lineEnd
                var columns: [Range<Int>] = []
                var columnStart = lineStart
                while columnStart <= end {
                    let columnEnd = bytes[columnStart..<end].firstIndex(of: tab) ?? end
                    if !isBlank(bytes, columnStart..<columnEnd) { columns.append(columnStart..<columnEnd) }
                    columnStart = columnEnd + 1
                }
                if columns.isEmpty { continue }
                guard columns.count >= 2 else {
                    warnings.append("\(path):\(lineNumber): expected two columns separated by a tab")
                    continue
                }
                var group: [[String]] = []
                for column in columns {
                    var phraseStart = column.lowerBound
                    while phraseStart <= column.upperBound {
                        let phraseEnd = bytes[phraseStart..<column.upperBound].firstIndex(of: comma) ?? column.upperBound
                        var words: [String] = []
                        _ = tokenizer.scan(UnsafeBufferPointer(rebasing: bytes[phraseStart..<phraseEnd])) { term, _, _, isCompound in
                            if !isCompound { words.append(String(decoding: term, as: UTF8.self)) }
                        }
                        if !words.isEmpty && !group.contains(words) { group.append(words) }
                        phraseStart = phraseEnd + 1
                    }
                }
                if group.count >= 2 { groups.append(group) }
            }
        }
        return TermDictionary(groups: groups, warnings: warnings)
    }

    private static let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), comma = UInt8(ascii: ","), hash = UInt8(ascii: "#")

    /// True when the bytes are only whitespace, as `trimmingWhitespace` sees it: ASCII checked
    /// byte by byte, anything else by its characters.
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var hasOtherBytes = false
        for byte in bytes[range] {
            if byte >= 0x80 {
                hasOtherBytes = true
            } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                return false
            }
        }
        return !hasOtherBytes || String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).trimmingWhitespace().isEmpty
    }
}
