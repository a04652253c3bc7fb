import Chapter
import Notes
import Screen
import Testing
@testable import Browser

/// `update`'s rules that wait, driven by `.tick` with a clock moved by hand.
@Suite struct ScheduledWorkTests {
    /// The chapter's first question open, its note in the editor.
    func editing() -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .notesLoaded(texts: [:], revisions: [:], position: nil))
        update(&state, .openEditor)
        return state
    }

    func at(_ milliseconds: Int) -> Action { FakeClock.tick(.start + .milliseconds(milliseconds)) }

    func saves(_ effects: [Effect]) -> [String] {
        effects.compactMap { if case .saveNote(_, _, let text, _, _) = $0 { return text } else { return nil } }
    }

    @Test func theFirstUnsavedKeyAsksToBeWokenForTheAutosave() {
        var state = editing()
        update(&state, at(100))
        let effects = update(&state, .editNote(.insert("a")))
        #expect(effects.contains(.wake(at: .start + .milliseconds(900))))
        #expect(saves(update(&state, at(899))).isEmpty)
        #expect(saves(update(&state, at(900))) == ["a"])
    }

    @Test func typingWithoutPauseIsStillSavedWithinTheDelay() {
        var state = editing()
        var saved: [(Int, String)] = []
        for step in 0..<30 {  // a key every 100 ms for three seconds
            let time = step * 100
            saved += saves(update(&state, at(time))).map { (time, $0) }
            update(&state, .editNote(.insert("x")))
        }
        // Each save comes 800 ms after the first key it had not written yet.
        #expect(saved.map(\.0) == [800, 1600, 2400])
        #expect(saved.map(\.1.count) == [8, 16, 24])
    }

    @Test func aWindowOrASearchOverTheEditorDoesNotStopTheAutosave() {
        for opening in [Action.toggleHelp, .openTopics, .startSearch] {
            var state = editing()
            update(&state, .editNote(.insert("z")))
            update(&state, .focusNext)
            update(&state, opening)
            #expect(saves(update(&state, at(800))) == ["z"], "\(opening)")
        }
    }

    @Test func quittingFromAWindowSaves() {
        var state = editing()
        update(&state, .editNote(.insert("q")))
        update(&state, .toggleHelp)
        #expect(saves(update(&state, .quit)) == ["q"])
        let asked = state.isQuitRequested
        #expect(asked)
    }

    @Test func aFailedSaveIsRetriedAfterTheRetryDelay() {
        var state = editing()
        update(&state, .editNote(.insert("k")))
        guard case .saveNote(let id, _, _, _, _)? = update(&state, at(800)).first else {
            Issue.record("no save"); return
        }
        let failed = update(&state, .noteSaveFailed(id: id, message: "disk full"))
        #expect(failed.contains(.wake(at: .start + .milliseconds(5800))))
        #expect(saves(update(&state, at(5799))).isEmpty)
        #expect(saves(update(&state, at(5800))) == ["k"])
    }

    @Test func undoingBackToNothingChangedIsNotAnUnsavedEdit() {
        var state = editing()
        update(&state, .editNote(.deleteBackward))  // nothing to delete in an empty note
        update(&state, .editNote(.undo))            // nothing to undo
        #expect(state.editing?.isDirty == false)
        #expect(saves(update(&state, at(5000))).isEmpty)
    }

    @Test func theReadingPositionIsSavedASecondAfterItMoves() {
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .notesLoaded(texts: [:], revisions: [:], position: nil))
        update(&state, at(0))
        var saved = update(&state, at(1000)).compactMap { effect -> ReadingPosition? in
            if case .savePosition(let position) = effect { return position } else { return nil }
        }
        #expect(saved.map(\.questionNumber) == [1])  // the start, once the database is read
        update(&state, at(2000))
        update(&state, .moveDown(1))
        #expect(update(&state, at(2999)).isEmpty)
        saved = update(&state, at(3000)).compactMap { effect -> ReadingPosition? in
            if case .savePosition(let position) = effect { return position } else { return nil }
        }
        #expect(saved.map(\.questionNumber) == [2])
        #expect(update(&state, at(9000)).isEmpty)  // nothing moved since
    }

    func savedPositions(_ effects: [Effect]) -> [ReadingPosition] {
        effects.compactMap { if case .savePosition(let position) = $0 { return position } else { return nil } }
    }

    @Test func aStoredPositionWhereTheReaderStandsIsNotSavedAgain() throws {
        var reader = TestLibrary.state(width: 120, height: 40)
        update(&reader, .moveDown(2))
        let stored = try #require(reader.readingPosition)
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .notesLoaded(texts: [:], revisions: [:], position: stored))
        #expect(state.readingPosition == stored)
        update(&state, at(0))
        #expect(savedPositions(update(&state, at(5000))).isEmpty)
        update(&state, .moveUp(1))
        #expect(savedPositions(update(&state, at(5999))).isEmpty)
        #expect(savedPositions(update(&state, at(6000))).map(\.questionNumber) == [stored.questionNumber! - 1])
    }

    @Test func aStoredPositionMissingAPaneIsSavedAsTheBrowserMakesIt() throws {
        var reader = TestLibrary.state(width: 120, height: 40)
        var stored = try #require(reader.readingPosition)
        stored.paneScroll["code"] = nil
        update(&reader, .notesLoaded(texts: [:], revisions: [:], position: stored))
        update(&reader, at(0))
        let saved = savedPositions(update(&reader, at(1000)))
        #expect(saved.count == 1)
        #expect(saved.first?.paneScroll.keys.sorted() == ["answer", "code", "codeBlock", "focus", "list", "listWidth"])
    }

    @Test func aSignalSavesAndSetsTheExitStatus() {
        var state = editing()
        update(&state, .editNote(.insert("s")))
        let effects = update(&state, .terminate(signal: 15))
        #expect(saves(effects) == ["s"])
        let ended = state.exitStatus == 143 && state.isQuitting
        #expect(ended)
    }

    @Test func theNotesAndTheReviewLogLoadAfterTheFirstFrameAndTheIndexAfterThem() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.notes.isLoaded = false
        // A library read whole before the first frame is watched from the start.
        #expect(update(&state, .started) == [.loadNotes, .loadCards, .loadBookmarks, .watchLibrary])
        var partial = TestLibrary.state(width: 120, height: 40)
        partial.notes.isLoaded = false
        partial.libraryProgress = LibraryProgress(loaded: 1, total: 7)
        #expect(update(&partial, .started) == [.loadNotes, .loadCards, .loadBookmarks])
        let texts = [QuestionID(chapterID: "04-asyncio", number: 2): "моя"]
        #expect(update(&state, .notesLoaded(texts: texts, revisions: [:], position: nil)).contains(.buildSearchIndex(notes: texts)))
        var failed = TestLibrary.state(width: 120, height: 40)
        #expect(update(&failed, .notesUnavailable("locked", canRetry: false)).contains(.buildSearchIndex(notes: [:])))
        #expect(failed.message?.contains("locked") == true)
    }
}

@Suite struct LockedDatabaseTests {
    func at(_ milliseconds: Int) -> Action { FakeClock.tick(.start + .milliseconds(milliseconds)) }

    @Test func aLockedDatabaseIsReadAgainUntilItLetsGoAndTheEditorWaitsForIt() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.notes.isLoaded = false
        update(&state, at(0))
        let first = update(&state, .notesUnavailable("another sobes is writing", canRetry: true))
        #expect(first.contains(.buildSearchIndex(notes: [:])))
        #expect(first.contains(.wake(at: .start + .seconds(2))))
        update(&state, .openEditor)
        #expect(state.editing == nil)
        #expect(state.message?.contains("не прочитаны") == true)
        #expect(update(&state, at(1999)).isEmpty)
        #expect(update(&state, at(2000)).contains(.loadNotes))
        // Still locked: tried again two seconds later, no second index.
        let again = update(&state, .notesUnavailable("another sobes is writing", canRetry: true))
        #expect(!again.contains(.buildSearchIndex(notes: [:])))
        #expect(update(&state, at(4000)).contains(.loadNotes))
        let id = QuestionID(chapterID: "04-asyncio", number: 1)
        let loaded = update(&state, .notesLoaded(texts: [id: "моя"], revisions: [:], position: nil))
        #expect(loaded.contains(.indexNote(id: id, text: "моя")))
        #expect(!update(&state, at(9000)).contains(.loadNotes))
        update(&state, .openEditor)
        #expect(state.editing?.editor.text == "моя")
    }

    @Test func aDamagedOrUnreadableDatabaseIsNotRetried() {
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .notesUnavailable("read-only file system", canRetry: false))
        #expect(!update(&state, at(60_000)).contains(.loadNotes))
    }
}

@Suite struct EarlyEditorTests {
    @Test func eBeforeTheNotesAreReadOpensTheEditorOnceTheyAre() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.notes.isLoaded = false
        update(&state, .openEditor)
        #expect(state.editing == nil)
        let id = QuestionID(chapterID: "04-asyncio", number: 1)
        update(&state, .notesLoaded(texts: [id: "была"], revisions: [:], position: nil))
        #expect(state.editing?.editor.text == "была")
        #expect(state.focus == .notes)
    }
}

@Suite struct ReadOnlyNotesTests {
    @Test func aReadOnlyDatabaseShowsTheNotesAndRefusesTheEditor() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.notes.isLoaded = false
        let id = QuestionID(chapterID: "04-asyncio", number: 1)
        update(&state, .notesLoaded(texts: [id: "видна"], revisions: [:], position: nil))
        update(&state, .notesReadOnly("notes directory /data is read-only"))
        #expect(state.message?.contains("только для чтения") == true)
        #expect(state.notes.texts[id] == "видна")
        update(&state, .openEditor)
        #expect(state.editing == nil)
        #expect(state.message?.contains("Редактор не открыть") == true)
    }
}
