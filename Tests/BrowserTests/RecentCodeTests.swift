import Chapter
import Screen
import Search
import Testing
@testable import Browser

/// Code blocks styled once are reused when the reader comes back to their question, and styled
/// again when the chapter is read again from disk.
@Suite struct RecentCodeTests {
    static func library(code: String) -> Library {
        let text = """
        # 07. Базы данных

        ## Вопрос 1: Что такое индекс?

        ### Пример

        ```python
        \(code)
        ```

        ---

        ## Вопрос 2: Что такое транзакция?

        ### Пример

        ```python
        begin()
        ```

        """
        return Library(chapters: [try! ChapterParser.parse(text, chapterID: "07-db", path: "07-db.md")])
    }

    static func codeText(_ state: AppState) -> [String] {
        state.codeLines.map { $0.map(\.text).joined() }
    }

    @Test func goingBackAndForthShowsEachQuestionsCode() {
        var state = AppState(library: Self.library(code: "find(key)"), size: Size(width: 120, height: 40))
        #expect(Self.codeText(state) == ["find(key)"])
        state.apply(.moveDown(1))
        #expect(Self.codeText(state) == ["begin()"])
        state.apply(.moveUp(1))
        #expect(Self.codeText(state) == ["find(key)"])
        #expect(state.codeWidth == 9)
        #expect(state.codeLineWidths == [9])
    }

    @Test func aChapterReadAgainShowsItsNewCode() {
        var state = AppState(library: Self.library(code: "find(key)"), size: Size(width: 120, height: 40))
        state.apply(FakeClock.tick(seconds: 0), .notesLoaded(texts: [:], revisions: [:], position: nil))
        state.apply(.moveDown(1), .moveUp(1))
        _ = update(&state, .libraryReloaded(Self.library(code: "find_all(keys, limit)")))
        #expect(state.openQuestion?.title == "Что такое индекс?")
        #expect(Self.codeText(state) == ["find_all(keys, limit)"])
        #expect(state.codeWidth == 21)
        #expect(state.codeLineWidths == [21])
    }

    @Test func aSearchPreviewIsLaidOutForItsOwnChaptersCode() throws {
        let wide = "find_all(" + String(repeating: "key, ", count: 12) + "limit)"
        let narrow = try ChapterParser.parse("# 01. Сети\n\n## Вопрос 1: Что такое сокет?\n\n```python\nopen()\n```\n",
                                             chapterID: "01-net", path: "01-net.md")
        let library = Library(chapters: [narrow] + Self.library(code: wide).chapters)
        var state = AppState(library: library, size: Size(width: 160, height: 40))
        state.notes.isLoaded = true
        let reading = state.codeMeasure
        #expect(reading == CodeMeasure(chapter: narrow))
        state.apply(.startSearch)
        let effects = update(&state, .editSearch(.insert("и")))
        guard case .search(_, let generation)? = effects.first else { Issue.record("no search: \(effects)"); return }
        let results = SearchIndex(library: library).search("индекс", prefixLastWord: true)
        _ = update(&state, .searchFinished(generation: generation, results: results))
        // The preview's code is the other chapter's: laid out for the chapter being read, it
        // would show in a pane a few columns wide.
        #expect(state.openQuestionID?.chapterID == "07-db")
        #expect(state.codeMeasure == CodeMeasure(chapter: library.chapters[1]))
        #expect(state.codeMeasure != reading)
    }

    @Test func aChapterReadAgainIsMeasuredAgain() {
        var state = AppState(library: Self.library(code: "find(key)"), size: Size(width: 120, height: 40))
        state.apply(FakeClock.tick(seconds: 0), .notesLoaded(texts: [:], revisions: [:], position: nil))
        let before = state.codeMeasure
        let longLine = "find_all(" + String(repeating: "key, ", count: 12) + "limit)"
        _ = update(&state, .libraryReloaded(Self.library(code: longLine)))
        #expect(state.codeMeasure.widest > before.widest)
        #expect(state.codeMeasure == CodeMeasure(chapter: state.library.chapters[0]))
    }
}
