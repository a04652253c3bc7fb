import Chapter
import Screen
import Testing
@testable import Browser

/// `.libraryLoaded`: the whole library takes the first frame's place without moving the reader.
@Suite struct LibraryLoadedTests {
    static let other = Chapter(id: "01-other", number: 1, title: "Другая тема", sourcePath: "01-other.md", questions: [
        Question(id: QuestionID(chapterID: "01-other", number: 1), title: "Что-то другое?", line: 3, sections: []),
    ])

    @Test func theReaderStaysOnTheChapterAndRowTheyChoseMeanwhile() {
        let first = TestLibrary.bundled
        var state = AppState(library: first, size: Size(width: 120, height: 40))
        state.apply(.moveDown(2))
        let whole = Library(chapters: [LibraryLoadedTests.other] + first.chapters,
                            warnings: [LoadWarning(path: "x.md", message: "bad bytes")])
        state.apply(.libraryLoaded(whole))
        #expect(state.library == whole)
        #expect(state.chapterID == "04-asyncio")
        #expect(state.selectedRow == 2)
        #expect(state.message == "x.md: bad bytes")
    }

    @Test func aChapterGoneFromTheWholeLibraryOpensItsFirst() {
        var state = AppState(library: TestLibrary.bundled, size: Size(width: 120, height: 40))
        state.apply(.moveDown(3))
        state.apply(.libraryLoaded(Library(chapters: [LibraryLoadedTests.other])))
        #expect(state.chapterID == "01-other")
        #expect(state.selectedRow == 0)
        #expect(state.openQuestion?.title == "Что-то другое?")
    }

    @Test func searchSaysHowFarTheLibraryIsReadUntilItIsComplete() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        state.libraryProgress = LibraryProgress(loaded: 1, total: 7)
        state.apply(.libraryProgress(loaded: 3, total: 7), .startSearch)
        // An empty query says nothing yet; a query waits for the whole library.
        #expect(ListView.detail(state) == "")
        _ = update(&state, .editSearch(.insert("се")))  // no index yet: no results come
        #expect(ListView.detail(state) == "индексирую 3/7")
        // Read whole, the library is being indexed: the query waits for its first results (the
        // search effect is left to run, as the runtime's worker would).
        _ = update(&state, .libraryLoaded(TestLibrary.bundled))
        #expect(state.libraryProgress == nil)
        #expect(ListView.detail(state) == "ищу…")
        let generation = state.search?.generation ?? 0
        _ = update(&state, .searchFinished(generation: generation, results: TestLibrary.index.search("се", prefixLastWord: true)))
        let count = try #require(state.search?.results?.totalCount)
        #expect(ListView.detail(state) == "\(count)")
    }
}
