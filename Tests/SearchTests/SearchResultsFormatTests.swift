import Chapter
import Testing
@testable import Search

@Suite struct SearchResultsFormatTests {
    typealias F = Fixtures

    static func results(_ query: String = "semaphore ") -> SearchResults {
        let index = F.index([
            F.question(1, "Что такое semaphore", short: "Semaphore\tограничивает\nконкурентность."),
            F.question(2, "Другое", code: "sem = asyncio.Semaphore(10)\n"),
            F.question(3, "Ничего"),
        ], terms: "семафор\tsemaphore\n")
        return index.search(query)
    }

    @Test func textListsHitsWithSnippetsAndTheReading() throws {
        let text = SearchResultsFormat.text(Self.results("ctvfajh"))
        let lines = text.split(separator: "\n")
        #expect(lines.first == "searched as \"семафор\" (keyboard layout switched)")
        #expect(lines.contains("glossary: семафор → semaphore"))
        let first = try #require(lines.firstIndex { $0.hasPrefix("1. ") })
        #expect(lines[first].hasPrefix("1. 01-test/1  Что такое semaphore  ["))
        #expect(lines[first + 1] == "   short answer: Semaphore ограничивает конкурентность.")
        let natural = SearchResultsFormat.text(Self.results("what is a semaphore "))
        #expect(natural.hasPrefix("stop words dropped: what, is, a\n1. 01-test/1"))
        #expect(SearchResultsFormat.text(Self.results("nothing ")) == "no matches\n")
    }

    @Test func textMarksMatchedWordsWhereAsked() {
        let marked = SearchResultsFormat.text(Self.results(), mark: { text, ranges in
            var text = Array(text)
            for range in ranges.reversed() { text.insert("]", at: range.upperBound); text.insert("[", at: range.lowerBound) }
            return String(text)
        }, plain: { $0.uppercased() })
        #expect(marked.contains("1. 01-TEST/1  Что такое [semaphore]  ["))
        #expect(marked.contains("   SHORT ANSWER: [Semaphore]"))
    }

    @Test func scoresHaveThreeDecimals() {
        #expect(SearchResultsFormat.score(1.23456) == "1.235")
        #expect(SearchResultsFormat.score(0.05) == "0.050")
        #expect(SearchResultsFormat.score(12) == "12.000")
    }
}
