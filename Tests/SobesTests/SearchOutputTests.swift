import Chapter
import Foundation
import Search
import Browser
import Testing
@testable import sobes

@Suite struct SearchOutputTests {
    static let library: Library = {
        func question(_ number: Int, _ title: String, short: String) -> Question {
            let block = Block(.paragraph([.text(short)]), lines: 2...2)
            return Question(id: QuestionID(chapterID: "01-test", number: number), title: title, line: 1,
                            sections: [Section(kind: .shortAnswer, title: "Короткий ответ", line: 2, blocks: [block])])
        }
        return Library(chapters: [Chapter(id: "01-test", number: 1, title: "Test", sourcePath: "01-test.md", questions: [
            question(1, "Что такое semaphore", short: "Semaphore\tограничивает\nконкурентность."),
            question(2, "Другое", short: "Ничего общего."),
            question(3, "Queue\tи \\ стек", short: "Очереди."),
        ])])
    }()

    static func results(_ query: String) -> SearchResults {
        SearchIndex(library: library, terms: TermDictionary.parse("семафор\tsemaphore\n")).search(query)
    }

    @Test func tsvHasAHeaderOnRequestAndEscapedFields() {
        let rows = SearchOutput.tsv(Self.results("semaphore"), header: true).split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0] == "rank\tchapter\tnumber\tscore\ttitle\tsnippet")
        let fields = rows[1].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 6)
        #expect(fields[0] == "1" && fields[1] == "01-test" && fields[2] == "1" && fields[4] == "Что такое semaphore")
        // The snippet's own whitespace is already one line; a tab in a title is escaped.
        #expect(fields[5] == "Semaphore ограничивает конкурентность.")
        #expect(SearchOutput.tsv(Self.results("queue"), header: false).split(separator: "\t")[4] == "Queue\\tи \\\\ стек")
        #expect(!SearchOutput.tsv(Self.results("semaphore"), header: false).hasPrefix("rank"))
    }

    @Test func jsonIsVersionedAndNamesRangesBothWays() throws {
        let json = SearchOutput.json(Self.results("ctvfajh"), query: "ctvfajh") { Self.library.question($0)?.key.title }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["schema"] as? Int == 1)
        #expect(document["command"] as? String == "search")
        #expect(document["reading"] as? String == "switched-layout" && document["searchedAs"] as? String == "семафор")
        let results = try #require(document["results"] as? [[String: Any]])
        let first = try #require(results.first)
        #expect(first["chapter"] as? String == "01-test" && first["number"] as? Int == 1 && first["key"] as? String == "что такое semaphore")
        // "Что такое " is 10 code points and 18 bytes.
        let title = try #require((first["titleRanges"] as? [[String: [Int]]])?.first)
        #expect(title == ["bytes": [18, 27], "codePoints": [10, 19]])
        let snippet = try #require(first["snippet"] as? [String: Any])
        #expect(snippet["field"] as? String == "short answer")
        #expect((snippet["ranges"] as? [[String: [Int]]])?.first == ["bytes": [0, 9], "codePoints": [0, 9]])
    }

    @Test func colouredTextMarksMatchesAndShowsControls() {
        let theme = Theme.fallback.limited(to: .palette256)
        let text = SearchOutput.coloredText(Self.results("semaphore"), theme: theme)
        let match = theme.style(.searchMatch).sgr
        #expect(!match.isEmpty)
        #expect(text.contains("Что такое " + match + "semaphore\u{1B}[0m"))
    }
}
