import Chapter
import Screen
import Testing
@testable import Browser

/// A chapter file changed on disk while the browser runs: read again once the changes stop,
/// taken with the reader, their notes and their editor on the same questions by key.
@Suite struct LiveReloadTests {
    static func library(_ titles: [(number: Int, title: String, answer: String)]) -> Library {
        var text = "# 07. Базы данных\n\n"
        for question in titles {
            text += "## Вопрос \(question.number): \(question.title)\n\n### Короткий ответ\n\n\(question.answer)\n\n---\n\n"
        }
        return Library(chapters: [try! ChapterParser.parse(text, chapterID: "07-db", path: "07-db.md")])
    }

    static let before = library([(1, "Что такое индекс?", "Структура для поиска."),
                                 (2, "Что такое транзакция?", "Единица работы."),
                                 (3, "Что такое MVCC?", "Версии строк.")])
    /// A question added at the top and the rest renumbered; the transaction's answer edited.
    static let after = library([(1, "Что такое нормализация?", "Устранение избыточности."),
                                (2, "Что такое индекс?", "Структура для поиска."),
                                (3, "Что такое транзакция?", "Единица работы, ACID."),
                                (4, "Что такое MVCC?", "Версии строк.")])
    static let withoutTransactions = library([(1, "Что такое индекс?", "Структура для поиска."),
                                              (2, "Что такое MVCC?", "Версии строк.")])

    static func state(_ library: Library = before) -> AppState {
        var state = AppState(library: library, size: Size(width: 120, height: 40))
        state.apply(FakeClock.tick(seconds: 0), .notesLoaded(texts: [:], revisions: [:], position: nil))
        return state
    }

    @Test func changesAreReadOnceTheyStop() {
        var state = Self.state()
        _ = update(&state, .libraryFilesChanged)
        _ = update(&state, FakeClock.tick(.start + .milliseconds(100)))
        _ = update(&state, .libraryFilesChanged)  // the same save's next event
        #expect(!update(&state, FakeClock.tick(.start + .milliseconds(200))).contains(.reloadLibrary))
        #expect(update(&state, FakeClock.tick(.start + .milliseconds(260))).filter { $0 == .reloadLibrary }.count == 1)
        // A change while the reread runs is read by the next one, after it.
        _ = update(&state, .libraryFilesChanged)
        #expect(!update(&state, FakeClock.tick(.start + .milliseconds(500))).contains(.reloadLibrary))
        #expect(update(&state, .libraryReloaded(Self.before)).contains(.reloadLibrary))
    }

    @Test func theReaderStaysOnTheirQuestionWhenNumbersMove() {
        var state = Self.state()
        state.apply(.moveDown(1))
        #expect(state.openQuestion?.title == "Что такое транзакция?")
        let id = state.openQuestion!.id
        state.notes.texts[id] = "моя заметка"
        let effects = update(&state, .libraryReloaded(Self.after))
        #expect(state.library == Self.after)
        #expect(state.openQuestion?.title == "Что такое транзакция?")
        #expect(state.openQuestion?.id.number == 3)
        #expect(state.notes.texts == [QuestionID(chapterID: "07-db", number: 3): "моя заметка"])
        #expect(state.screenText.contains("Единица работы, ACID."))
        #expect(state.message == "Обновлено с диска: 07-db")
        #expect(effects.contains(.buildSearchIndex(notes: state.notes.texts)))
        #expect(effects.contains(.watchLibrary))
    }

    @Test func anOpenNoteFollowsItsQuestionAndSavesUnderIt() {
        var state = Self.state()
        state.apply(.moveDown(1), .openEditor)
        state.type("черновик")
        _ = update(&state, .libraryReloaded(Self.after))
        #expect(state.editing?.questionID == QuestionID(chapterID: "07-db", number: 3))
        let save = state.saveEffect()
        guard case .saveNote(let id, let title, let text, _, _)? = save.first else {
            Issue.record("no save: \(save)")
            return
        }
        #expect(id.number == 3)
        #expect(title == "Что такое транзакция?")
        #expect(text.contains("черновик"))
    }

    @Test func aQuestionGoneUnderAnOpenNoteWaitsUntilTheNoteCloses() {
        var state = Self.state()
        state.apply(.moveDown(1), .openEditor)
        _ = update(&state, .libraryReloaded(Self.withoutTransactions))
        #expect(state.library == Self.before)
        #expect(state.message?.contains("когда закроется заметка") == true)
        state.apply(.closeEditor)
        #expect(state.editing == nil)
        #expect(state.library == Self.withoutTransactions)
    }

    @Test func aFailedRereadKeepsTheLibraryAndSaysWhy() {
        var state = Self.state()
        _ = update(&state, .libraryNotReloaded("07-db.md: not UTF-8 text at line 3"))
        #expect(state.library == Self.before)
        #expect(state.message == "Не обновлено с диска: 07-db.md: not UTF-8 text at line 3")
    }

    @Test func aSearchOnScreenRunsAgainOnTheNewText() {
        var state = Self.state()
        state.apply(.startSearch)
        state.search?.line = LineEditing(text: "транзакция")
        state.search?.generation = 4
        let effects = update(&state, .libraryReloaded(Self.after))
        #expect(state.search?.results == nil)
        #expect(effects.contains(.search(text: "транзакция", generation: 5)))
    }

    @Test func theJumpHistoryFollowsMovedQuestionsAndForgetsGoneOnes() {
        var state = Self.state()
        let place = { (number: Int) in
            JumpPlace(question: QuestionID(chapterID: "07-db", number: number), focus: .list, answerScroll: 0,
                      codeBlockIndex: 0, codeScroll: 0, codeColumn: 0, followUp: nil)
        }
        state.jumps.history.record(place(2))
        state.jumps.history.record(place(3))
        _ = update(&state, .libraryReloaded(Self.withoutTransactions))
        #expect(state.jumps.history.back == [place(2)])  // MVCC, now number 2; the transaction is gone
    }
}
