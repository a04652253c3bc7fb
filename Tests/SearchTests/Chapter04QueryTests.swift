import Chapter
import Testing
@testable import Search

/// The real chapter 04 with the shipped term dictionary: each query must find its question
/// first (`top: 1`) or among the first three (`top: 3`).
@Suite struct Chapter04QueryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var query: String
        var question: Int
        var top: Int
        var kind: String
        var testDescription: String { "\(kind): \(query) → №\(question) in top \(top)" }
    }

    static let cases: [Case] = [
        // Russian words and their inflected forms.
        Case(query: "ошибки ", question: 5, top: 1, kind: "russian"),
        Case(query: "ошибка ", question: 5, top: 1, kind: "inflected"),
        Case(query: "обработка ошибок ", question: 5, top: 1, kind: "inflected"),
        Case(query: "корутины ", question: 2, top: 3, kind: "inflected"),
        Case(query: "корутина ", question: 2, top: 3, kind: "inflected"),
        Case(query: "тестировать асинхронный код ", question: 10, top: 1, kind: "russian"),
        Case(query: "тестирование ", question: 10, top: 1, kind: "inflected"),
        Case(query: "ограничить конкурентность ", question: 9, top: 1, kind: "russian"),
        Case(query: "блокирующий код ", question: 8, top: 3, kind: "russian"),
        Case(query: "исключения ", question: 5, top: 1, kind: "inflected"),
        // English words and the dictionary between languages.
        Case(query: "event loop ", question: 1, top: 1, kind: "english"),
        Case(query: "цикл событий ", question: 1, top: 1, kind: "dictionary"),
        Case(query: "семафор ", question: 9, top: 1, kind: "dictionary"),
        Case(query: "сопрограмма ", question: 2, top: 3, kind: "dictionary"),
        Case(query: "multiprocessing ", question: 6, top: 1, kind: "english"),
        Case(query: "GIL ", question: 6, top: 1, kind: "english"),
        Case(query: "rate limiting ", question: 9, top: 1, kind: "english"),
        Case(query: "разница между task и future ", question: 2, top: 1, kind: "mixed"),
        Case(query: "sync и async ", question: 8, top: 1, kind: "mixed"),
        // Identifiers, whole and by parts.
        Case(query: "run_in_executor ", question: 8, top: 1, kind: "identifier"),
        Case(query: "executor ", question: 7, top: 1, kind: "identifier part"),
        Case(query: "gather ", question: 4, top: 1, kind: "identifier part"),
        Case(query: "asyncio.gather ", question: 4, top: 3, kind: "identifier"),
        Case(query: "Semaphore ", question: 9, top: 1, kind: "identifier"),
        Case(query: "ThreadPoolExecutor ", question: 7, top: 1, kind: "identifier"),
        Case(query: "AsyncMock ", question: 10, top: 1, kind: "identifier"),
        Case(query: "CancelledError ", question: 5, top: 3, kind: "identifier"),
        Case(query: "ExceptionGroup ", question: 5, top: 1, kind: "identifier"),
        Case(query: "create_task ", question: 2, top: 3, kind: "identifier"),
        // Prefixes while typing.
        Case(query: "semaph", question: 9, top: 1, kind: "prefix"),
        Case(query: "семаф", question: 9, top: 1, kind: "prefix via dictionary"),
        Case(query: "multiproc", question: 6, top: 1, kind: "prefix"),
        Case(query: "тестир", question: 10, top: 1, kind: "prefix"),
        // Typos.
        Case(query: "semafore ", question: 9, top: 1, kind: "typo"),
        Case(query: "TaskGrup ", question: 4, top: 1, kind: "typo"),
        Case(query: "threding ", question: 6, top: 1, kind: "typo"),
        Case(query: "корутниа ", question: 2, top: 3, kind: "typo"),
        Case(query: "semsph", question: 9, top: 1, kind: "typo in the word being typed"),
        Case(query: "threadi", question: 6, top: 1, kind: "prefix"),
        Case(query: "multiprocessin", question: 6, top: 1, kind: "prefix"),
        Case(query: "multipricess", question: 6, top: 1, kind: "typo in the word being typed"),
        // Wrong keyboard layout.
        Case(query: "ctvfajh", question: 9, top: 1, kind: "layout"),
        Case(query: "ефылпкщгз", question: 4, top: 1, kind: "layout"),
        Case(query: "ьгдешзкщсуыыштп", question: 6, top: 1, kind: "layout"),
        Case(query: "jib,rb", question: 5, top: 1, kind: "layout"),
        Case(query: "asyncio ctvfajh", question: 9, top: 1, kind: "layout, one word of two"),
        // Phrases.
        Case(query: "\"event loop\"", question: 1, top: 1, kind: "phrase"),
        Case(query: "\"rate limiting\"", question: 9, top: 1, kind: "phrase"),
    ]

    static let index: SearchIndex? = {
        guard let library = try? LibraryLoader.load(directory: ContentFolder.path) else { return nil }
        return SearchIndex(library: library, terms: TermDictionary.load(contentDirectory: ContentFolder.path))
    }()

    @Test func chapterLoads() throws {
        let index = try #require(Chapter04QueryTests.index)
        #expect(index.documentCount >= 10)
    }

    @Test(arguments: cases)
    func findsTheQuestion(_ testCase: Case) throws {
        let index = try #require(Chapter04QueryTests.index)
        let results = index.search(testCase.query, limit: testCase.top, prefixLastWord: true)
        let found = results.hits.map(\.questionID)
        #expect(found.contains(QuestionID(chapterID: "04-asyncio", number: testCase.question)),
                "got \(found.map(\.number))")
    }

    @Test func layoutReadingIsReported() throws {
        let index = try #require(Chapter04QueryTests.index)
        #expect(index.search("ctvfajh").reading == .switchedLayout("семафор"))
        #expect(index.search("semaphore").reading == .asTyped)
        #expect(index.search("семафор").reading == .asTyped)
    }

    /// `sobes search` ranks once without snippets and cuts them afterwards: the same snippets
    /// as a search that makes them as it ranks.
    @Test(arguments: cases.map(\.query) + ["как работает event loop", "gather ошибки"])
    func snippetsOnDemandAreThoseOfTheSearch(_ query: String) throws {
        let index = try #require(Chapter04QueryTests.index)
        let inline = index.search(query, limit: 20, prefixLastWord: true)
        let ranked = index.search(query, limit: 20, snippetLimit: 0, prefixLastWord: true)
        #expect(ranked.hits.map(\.questionID) == inline.hits.map(\.questionID))
        #expect(ranked.hits.allSatisfy { $0.snippet == nil })
        #expect(ranked.hits.map { index.snippet(for: $0, in: ranked) } == inline.hits.map(\.snippet))
        #expect(inline.hits.contains { $0.snippet != nil })
    }
}
