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

    @Test func tsvHasRankChapterNumberScoreTitleSnippet() {
        let rows = SearchResultsFormat.tsv.render(Self.results()).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == 6 })
        #expect(rows[0][0] == "1" && rows[0][1] == "01-test" && rows[0][2] == "1")
        #expect(rows[0][4] == "Что такое semaphore")
        // A tab or newline inside the snippet becomes a space so the row stays whole.
        #expect(rows[0][5] == "Semaphore ограничивает конкурентность.")
        #expect(rows[1][0] == "2" && rows[1][2] == "2" && rows[1][5] == "sem = asyncio.Semaphore(10)")
        #expect(Double(rows[0][3])! > Double(rows[1][3])!)
    }

    @Test func textListsHitsWithSnippetsAndTheReading() throws {
        let text = SearchResultsFormat.text.render(Self.results("ctvfajh"))
        let lines = text.split(separator: "\n")
        #expect(lines.first == "searched as \"семафор\" (keyboard layout switched)")
        #expect(lines.contains("glossary: семафор → semaphore"))
        let first = try #require(lines.firstIndex { $0.hasPrefix("1. ") })
        #expect(lines[first].hasPrefix("1. 01-test/1  Что такое semaphore  ["))
        #expect(lines[first + 1] == "   short answer: Semaphore ограничивает конкурентность.")
        let natural = SearchResultsFormat.text.render(Self.results("what is a semaphore "))
        #expect(natural.hasPrefix("stop words dropped: what, is, a\n1. 01-test/1"))
        #expect(SearchResultsFormat.text.render(Self.results("nothing ")) == "no matches\n")
    }

    @Test func jsonCarriesRangesFieldsAndReading() {
        let json = SearchResultsFormat.json.render(Self.results("ctvfajh"))
        #expect(json.contains("\"reading\": \"switched-layout\", \"searchedAs\": \"семафор\""))
        #expect(json.contains("\"rank\": 1, \"chapter\": \"01-test\", \"number\": 1"))
        #expect(json.contains("\"titleRanges\": [[10, 19]]"))
        #expect(json.contains("\"snippet\": {\"text\": \"Semaphore ограничивает конкурентность.\", \"ranges\": [[0, 9]], \"field\": \"short answer\"}"))
        #expect(json.contains("\"fields\": [\"title\", \"short answer\"]"))
        #expect(json.contains("\"total\": 2"))
        #expect(json.contains("\"analysis\": {\"stopWords\": [], \"uncounted\": [], \"layoutSwitches\": [{\"typed\": \"ctvfajh\", \"read\": \"семафор\"}], "
                              + "\"expansions\": [{\"word\": \"семафор\", \"kind\": \"glossary\", \"terms\": [\"semaphore\"]}]}"))
    }

    @Test func jsonEscapesStrings() {
        #expect(SearchResultsFormat.jsonString("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }

    @Test func scoresHaveThreeDecimals() {
        #expect(SearchResultsFormat.score(1.23456) == "1.235")
        #expect(SearchResultsFormat.score(0.05) == "0.050")
        #expect(SearchResultsFormat.score(12) == "12.000")
    }
}
