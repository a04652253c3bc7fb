import Chapter
import Testing
@testable import Search

/// `TermDictionary.parse` reads bytes; these compare it with the same rules read by characters
/// (the parser it replaced), on the built-in glossary, the shipped terms.tsv and the odd lines.
@Suite struct TermDictionaryParsingTests {
    @Test func theGlossaryReadsAsByCharacters() {
        let parsed = TermDictionary.parse(Glossary.text, path: "built-in glossary")
        #expect(parsed == Self.byCharacters(Glossary.text, path: "built-in glossary"))
        #expect(parsed.groups.count > 300)
    }

    @Test func theShippedTermsReadAsByCharacters() throws {
        let text = String(decoding: try readContentFile(ContentFolder.path + "/terms.tsv"), as: UTF8.self)
        #expect(TermDictionary.parse(text) == Self.byCharacters(text, path: TermDictionary.fileName))
    }

    @Test(arguments: [
        "семафор\tsemaphore\n",
        "\u{A0}\tsemaphore\n",  // a column of a non-breaking space alone is empty: a one-column line
        "семафор\t\u{A0}semaphore\u{2003}\n",
        "  \t  \n\t\n#\tonly a comment\n",
        "a,,b\t c , d ,\n",
        "one column\nx\ty\tz\n\n\nлишний\n",
        "asyncio.gather, run_in_executor\tgather\n",
        "ёлка\tЁЛКА, tree # comment\tnot read\n",
        "no newline at the end\tконец",
        "\t\tсемафор\t\tsemaphore\t\t",
        "# only\n#\n",
        "",
    ])
    func oddLinesReadAsByCharacters(_ text: String) {
        #expect(TermDictionary.parse(text, path: "t.tsv") == Self.byCharacters(text, path: "t.tsv"))
    }

    /// A CR before the line's end is whitespace: a file saved with CRLF reads line by line.
    @Test func crlfLinesAreLines() {
        let parsed = TermDictionary.parse("семафор\tsemaphore\r\nочередь\r\nотмена\tcancel\r\n", path: "t.tsv")
        #expect(parsed.groups == [[["семафор"], ["semaphore"]], [["отмена"], ["cancel"]]])
        #expect(parsed.warnings == ["t.tsv:2: expected two columns separated by a tab"])
    }

    /// The rules by characters, as the parser read them before it read bytes.
    static func byCharacters(_ text: String, path: String) -> TermDictionary {
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
