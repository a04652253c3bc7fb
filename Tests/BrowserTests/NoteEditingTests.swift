import Foundation
import Chapter
import Notes
import Screen
import Testing
@testable import Browser

/// The editor inside the browser: saves as effects, nothing lost on leaving or quitting.
@Suite struct NoteEditingTests {
    func editingState() -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.moveDown(2), .openEditor)
        return state
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text { update(&state, .editNote(.insert(String(character)))) }
    }

    @Test func eOpensTheEditorInTheCodePanesPlace() {
        let state = editingState()
        #expect(state.focus == .notes)
        #expect(state.layout.code.isEmpty && !state.layout.notes.isEmpty)
        #expect(state.screenText.contains("Заметка · вопрос 3"))
        #expect(cursorPosition(state) == Point(x: state.layout.notes.x + 1, y: state.layout.notes.y + 1))
    }

    @Test func typingMakesTheNoteDirtyAndSaveWritesIt() {
        var state = editingState()
        type("Привет", into: &state)
        #expect(state.editing?.isDirty == true)
        #expect(state.screenText.contains("Привет"))
        let effects = update(&state, .saveNote)
        guard case .saveNote(let id, _, let text, let basedOn, let generation)? = effects.first else {
            Issue.record("no save effect"); return
        }
        #expect(id == QuestionID(chapterID: "04-asyncio", number: 3) && text == "Привет" && basedOn == nil)
        let revision = Revision(id: RevisionID(7), key: NoteKey(chapterID: "04-asyncio", question: "q3"), number: 1,
                                questionTitle: "t", text: text, kind: .edit, createdAt: .init(timeIntervalSince1970: 0))
        update(&state, .noteSaved(id: id, text: text, changeCount: generation, outcome: .saved(revision)))
        #expect(state.editing?.isDirty == false)
        #expect(state.editing?.basedOn == RevisionID(7))
        #expect(update(&state, .saveNote).isEmpty)  // nothing new to save
    }

    @Test func leavingTheQuestionOrQuittingSaves() {
        var state = editingState()
        type("текст", into: &state)
        let onSwitch = update(&state, .click(state.rowPoint(ofEntry: 5)))
        #expect(onSwitch.count == 1)
        #expect(state.editing == nil)
        #expect(state.notes.texts[QuestionID(chapterID: "04-asyncio", number: 3)] == "текст")

        var quitting = editingState()
        type("ещё", into: &quitting)
        let onQuit = update(&quitting, .quit)
        let waits = quitting.isQuitRequested && !quitting.isQuitting  // until the save succeeds
        #expect(waits)
        guard case .saveNote(_, _, let text, _, _)? = onQuit.first else { Issue.record("quit did not save"); return }
        #expect(text == "ещё")
    }

    @Test func escapeSavesAndLeavesAndTheNoteShowsUnderTheAnswer() {
        var state = editingState()
        type("Моя мысль", into: &state)
        let effects = update(&state, Keymap.action(for: .key(.escape), in: state)!)
        #expect(effects.count == 1)
        #expect(state.editing == nil && state.focus == .answer)
        state.apply(.bottom)
        #expect(state.screenText.contains("Заметка"))
        #expect(state.screenText.contains("Моя мысль"))
        #expect(state.screenLines[state.rowPoint(ofEntry: 2).y].contains("3✎"))
    }

    @Test func aFailedSaveKeepsTheTextAndSaysSo() {
        var state = editingState()
        type("не потерять", into: &state)
        update(&state, .noteSaveFailed(id: QuestionID(chapterID: "04-asyncio", number: 3), message: "disk full"))
        #expect(state.editing?.isDirty == true)
        #expect(state.editing?.editor.text == "не потерять")
        #expect(state.message?.contains("disk full") == true)
        #expect(state.screenText.contains("не сохранено!"))
    }

    @Test func aConflictIsToldToTheReader() {
        var state = editingState()
        type("моё", into: &state)
        let key = NoteKey(chapterID: "04-asyncio", question: "q3")
        let theirs = Revision(id: RevisionID(2), key: key, number: 2, questionTitle: "t", text: "их", kind: .edit, createdAt: .init(timeIntervalSince1970: 0))
        let mine = Revision(id: RevisionID(3), key: key, number: 3, questionTitle: "t", text: "моё", kind: .conflict, createdAt: .init(timeIntervalSince1970: 0))
        update(&state, .noteSaved(id: QuestionID(chapterID: "04-asyncio", number: 3), text: "моё", changeCount: 3, outcome: .conflict(theirs: theirs, mine: mine)))
        #expect(state.message?.contains("другом окне") == true)
        #expect(state.editing?.basedOn == RevisionID(3))
        // Both texts are in the editor, marked, and unsaved until the reader's next save.
        #expect(state.editing?.editor.text == "<<<<<<< из другого окна (ревизия 2)\nих\n=======\nмоё\n>>>>>>> это окно\n")
        #expect(state.editing?.isDirty == true)
        // One undo gives back the reader's own text.
        state.apply(.editNote(.undo))
        #expect(state.editing?.editor.text == "моё")
    }

    @Test func editorKeysFollowNanoHabits() {
        let state = editingState()
        #expect(Keymap.action(for: .character("q"), in: state) == .editNote(.insert("q")))
        #expect(Keymap.action(for: .character("ж"), in: state) == .editNote(.insert("ж")))
        #expect(Keymap.action(for: .key(.left, .ctrl), in: state) == .editNote(.wordLeft))
        #expect(Keymap.action(for: .key(.character("z"), .ctrl), in: state) == .editNote(.undo))
        #expect(Keymap.action(for: .key(.character("y"), .ctrl), in: state) == .editNote(.redo))
        #expect(Keymap.action(for: .key(.character("s"), .ctrl), in: state) == .closeEditor)
        #expect(Keymap.action(for: .paste("a\nb"), in: state) == .editNote(.insert("a\nb")))
        #expect(Keymap.action(for: .key(.enter), in: state) == .editNote(.newline))
    }
}

@Suite struct NoteEditorMouseTests {
    @Test func aClickInTheNotePlacesTheCursor() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.openEditor)
        for character in "первая строка" { update(&state, .editNote(.insert(String(character)))) }
        update(&state, .editNote(.newline))
        for character in "вторая" { update(&state, .editNote(.insert(String(character)))) }
        let area = NotesEditorView.textArea(state)
        state.apply(.click(Point(x: area.x + 3, y: area.y)))
        #expect(state.editing?.editor.cursor == EditorPosition(line: 0, grapheme: 3))
        #expect(cursorPosition(state) == Point(x: area.x + 3, y: area.y))
    }
}

@Suite struct MessageTests {
    @Test func backgroundWorkDoesNotWipeAMessageButAKeyDoes() {
        var state = TestLibrary.state(width: 120, height: 40)
        update(&state, .notesMessage("важно"))
        update(&state, FakeClock.tick(.start + .seconds(5)))
        update(&state, .notesLoaded(texts: [:], revisions: [:], position: nil))
        #expect(state.message == "важно")
        update(&state, .moveDown(1))
        #expect(state.message == nil)
    }
}

@Suite struct ReadingPositionTests {
    @Test func aPositionSavedWhileEditingReopensOnTheAnswer() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.moveDown(3), .openEditor)
        let position = state.readingPosition!
        var reopened = TestLibrary.state(width: 120, height: 40)
        reopened.apply(.notesLoaded(texts: [:], revisions: [:], position: position))
        #expect(reopened.openQuestion?.number == 4)
        #expect(reopened.focus == .answer)
    }

    @Test func theListWidthTheReaderSetComesBackOnRestart() {
        var state = TestLibrary.state(width: 200, height: 60)
        state.apply(.widenList, .widenList, .widenList)
        let wide = state.layout.list.width
        let position = state.readingPosition!
        var reopened = TestLibrary.state(width: 200, height: 60)
        #expect(reopened.layout.list.width != wide)
        reopened.apply(.notesLoaded(texts: [:], revisions: [:], position: position))
        #expect(reopened.preferredListWidth == state.preferredListWidth)
        #expect(reopened.layout.list.width == wide)
    }

    @Test func aStoredListWidthOutOfRangeIsClamped() {
        var state = TestLibrary.state(width: 120, height: 40)
        let position = ReadingPosition(chapterID: "04-asyncio", question: "x", paneScroll: ["listWidth": 5000])
        state.apply(.notesLoaded(texts: [:], revisions: [:], position: position))
        #expect(state.preferredListWidth == Layout.widestList)
    }
}
