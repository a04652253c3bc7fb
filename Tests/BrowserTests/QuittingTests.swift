import Chapter
import Notes
import Screen
import Testing
@testable import Browser

/// Quitting never drops text a save could not write.
@Suite struct QuittingTests {
    let id = QuestionID(chapterID: "04-asyncio", number: 1)

    func editing(_ text: String) -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .notesLoaded(texts: [:], revisions: [:], position: nil))
        update(&state, .openEditor)
        for character in text { update(&state, .editNote(.insert(String(character)))) }
        return state
    }

    func saves(_ effects: [Effect]) -> [String] {
        effects.compactMap { if case .saveNote(_, _, let text, _, _) = $0 { return text } else { return nil } }
    }

    func saved(_ state: inout AppState, _ text: String) -> [Effect] {
        update(&state, .noteSaved(id: id, text: text, changeCount: state.editing?.editor.changeCount ?? 0,
                                  outcome: .saved(Revision(id: RevisionID(1), key: NoteKey(chapterID: id.chapterID, question: "t"),
                                                           number: 1, questionTitle: "t", text: text, kind: .edit,
                                                           createdAt: .init(timeIntervalSince1970: 0)))))
    }

    @Test func quittingWithNothingUnsavedEndsAtOnce() {
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .quit)
        #expect(state.isQuitting == true)
    }

    @Test func quittingWaitsForTheSaveAndEndsWhenItSucceeds() {
        var state = editing("ok")
        #expect(saves(update(&state, .quit)) == ["ok"])
        #expect(state.isQuitting == false)
        saved(&state, "ok")
        #expect(state.isQuitting == true)
    }

    @Test func aFailedSaveOnQuitAsksAndKeepsTheTextByDefault() {
        var state = editing("важно")
        update(&state, .quit)
        update(&state, .noteSaveFailed(id: id, message: "database is locked"))
        #expect(state.isQuitting == false)
        #expect(state.overlay == .unsavedOnQuit(reason: "database is locked"))
        #expect(state.screenText.contains("Заметка не сохранена"))
        #expect(Keymap.action(for: .key(.escape), in: state) == .dismiss)
        #expect(Keymap.action(for: .key(.enter), in: state) == .dismiss)
        update(&state, .dismiss)
        #expect(state.overlay == nil)
        #expect(state.isQuitting == false)
        #expect(state.editing?.editor.text == "важно" && state.editing?.isDirty == true)
    }

    @Test func savingAgainFromThePromptQuitsOnceItWorks() {
        var state = editing("ещё")
        update(&state, .quit)
        update(&state, .noteSaveFailed(id: id, message: "locked"))
        #expect(Keymap.action(for: .character("r"), in: state) == .retrySave)
        #expect(saves(update(&state, .retrySave)) == ["ещё"])
        saved(&state, "ещё")
        #expect(state.isQuitting == true)
    }

    @Test func writingToAFileQuitsAndSaysWhere() {
        var state = editing("в файл")
        update(&state, .quit)
        update(&state, .noteSaveFailed(id: id, message: "No space left on device"))
        let effects = update(&state, .writeUnsavedToFile)
        guard case .writeUnsavedNotes(let notes)? = effects.first else { Issue.record("no write"); return }
        #expect(notes.map(\.text) == ["в файл"])
        update(&state, .unsavedNotesWritten(path: "/data/unsaved-notes-1.md"))
        #expect(state.isQuitting == true)
        #expect(state.exitMessages.contains { $0.contains("/data/unsaved-notes-1.md") && $0.contains("sobes notes import") })
    }

    @Test func discardingIsTheReadersChoice() {
        var state = editing("прочь")
        update(&state, .quit)
        update(&state, .noteSaveFailed(id: id, message: "locked"))
        update(&state, .discardUnsaved)
        #expect(state.isQuitting == true)
    }

    @Test func aSignalWritesTheTextToAFileOnce() {
        var state = editing("сигнал")
        update(&state, .closeEditor)       // the failed text now waits outside the editor
        update(&state, .noteSaveFailed(id: id, message: "locked"))
        update(&state, .openEditor)
        update(&state, .editNote(.insert("!")))  // the reopened editor's cursor is at the start
        let effects = update(&state, .terminate(signal: 15))
        #expect(saves(effects) == ["!сигнал"])
        let rescue = update(&state, .noteSaveFailed(id: id, message: "locked"))
        guard case .writeUnsavedNotes(let notes)? = rescue.first else { Issue.record("no rescue"); return }
        #expect(notes.map(\.text) == ["!сигнал"])
        let again = update(&state, .noteSaveFailed(id: id, message: "locked"))
        #expect(!again.contains { if case .writeUnsavedNotes = $0 { return true } else { return false } })  // one file
        update(&state, .unsavedNotesNotWritten("read-only file system"))
        #expect(state.exitMessages.joined().contains("!сигнал"))  // nowhere to write: the text goes to stderr
        #expect(state.exitStatus == 143)
    }

    @Test func leavingTheEditorAfterAFailedSaveKeepsRetrying() {
        var state = editing("позже")
        update(&state, FakeClock.tick(.start + .milliseconds(100)))
        #expect(saves(update(&state, .closeEditor)) == ["позже"])
        update(&state, .noteSaveFailed(id: id, message: "locked"))
        #expect(state.editing == nil)
        #expect(state.notes.unsaved[id]?.text == "позже")
        #expect(saves(update(&state, FakeClock.tick(.start + .milliseconds(5000)))).isEmpty)
        #expect(saves(update(&state, FakeClock.tick(.start + .milliseconds(5100)))) == ["позже"])
        saved(&state, "позже")
        #expect(state.notes.unsaved.isEmpty)
    }

    @Test func reopeningTheEditorBringsBackTheUnsavedText() {
        var state = editing("черновик")
        update(&state, .closeEditor)
        update(&state, .noteSaveFailed(id: id, message: "locked"))
        update(&state, .openEditor)
        #expect(state.editing?.editor.text == "черновик")
        #expect(state.editing?.isDirty == true)
        #expect(state.notes.unsaved.isEmpty)
    }
}
