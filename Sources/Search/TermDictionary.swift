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

    /// Reads the dictionary's text; `path` names it in warnings.
    public static func parse(_ text: String, path: String = TermDictionary.fileName) -> TermDictionary {
        var groups: [[[String]]] = []
        var warnings: [String] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.trimmingWhitespace().isEmpty { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: true)
                .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard columns.count >= 2 else {
                warnings.append("\(path):\(offset + 1): expected two columns separated by a tab")
                continue
            }
            var group: [[String]] = []
            for column in columns {
                for phrase in column.split(separator: ",") {
                    let words = Tokenizer.tokens(in: String(phrase)).filter { !$0.isCompound }.map(\.term)
                    if !words.isEmpty && !group.contains(words) { group.append(words) }
                }
            }
            if group.count >= 2 { groups.append(group) }
        }
        return TermDictionary(groups: groups, warnings: warnings)
    }
}
