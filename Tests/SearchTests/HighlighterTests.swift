import Testing
@testable import Search

@Suite struct HighlighterTests {
    /// The starts the fast path must agree with: every Character's, by grapheme breaking.
    static func characterStartsByGraphemes(_ text: String) -> [Int] {
        var starts: [Int] = []
        var offset = 0
        for character in text {
            starts.append(offset)
            offset += character.utf8.count
        }
        return starts + [offset]
    }

    @Test(arguments: [
        "",
        "Как работает event loop в asyncio?",
        "Ошибки — «кавычки», “quotes”… ½ café naïve Ελληνικά ґ",
        "tab\there\nnew line",
        "e\u{301}tude: a combining accent",          // é as e + U+0301
        "й written as и\u{306}",
        "line\r\nend with CRLF",
        "flags 🇷🇺🇺🇸 and 👩‍💻 joined",
        "한국어 hangul 각",
        "Кириллица с титлом а\u{483}",
        "zero\u{200D}width joiner, no\u{200C}joiner",
        "देवनागरी script",
    ])
    func characterStartsMatchGraphemeBreaking(_ text: String) {
        #expect(Highlighter.characterStarts(text) == Self.characterStartsByGraphemes(text))
    }

    @Test func rangesCountCharactersNotScalarsAfterACombiningMark() {
        let highlighter = Highlighter(terms: ["word"])
        // "é" of two scalars is one Character: "word" starts at Character 2, not scalar 3.
        #expect(highlighter.ranges(in: "e\u{301} word") == [2..<6])
        #expect(highlighter.ranges(in: "é word") == [2..<6])
    }
}
