import Chapter
import Notes
import Screen
import Study
import Testing
@testable import Browser

/// Recall's scratch area: the reader types an answer; it is kept in the note as a draft.
@Suite struct RecallScratchTests {
    let chapter = TestLibrary.bundled.chapters[0]

    func session() -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(FakeClock.tick(seconds: 0), .cardsLoaded([:]), .startRecall(.chapter))
        return state
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text {
            if let action = Keymap.action(for: .character(character), in: state) { state.apply(action) }
        }
    }

    @Test func typedAnswerShowsWithACursorAndDigitsAreText() throws {
        var state = session()
        state.apply(Keymap.action(for: .character("e"), in: state)!)
        #expect(state.mode == .editingNote)
        type("цикл 123", into: &state)
        #expect(state.study.session?.scratch?.text == "цикл 123")
        #expect(state.study.session?.grades.isEmpty == true, "digits typed are text, not grades")
        #expect(state.screenText.contains("Ваш ответ"))
        #expect(state.screenText.contains("цикл 123"))
        #expect(cursorPosition(state) != nil)
        state.apply(Keymap.action(for: .key(.escape), in: state)!)
        #expect(state.mode == .recall)
    }

    @Test func gradingKeepsTheTypedAnswerInTheNote() throws {
        var state = session()
        let id = chapter.questions[0].id
        state.notes.texts[id] = "старая заметка"
        state.apply(.openEditor)
        type("мой ответ", into: &state)
        state.apply(.closeEditor, .revealAnswer)
        let effects = update(&state, .grade(.good))
        let saved = effects.compactMap { if case .saveNote(let saved, _, let text, _, _) = $0, saved == id { text } else { nil } }
        #expect(saved == ["старая заметка\n\nЧерновик ответа (повторение):\nмой ответ\n"])
        #expect(state.notes.unsaved[id] != nil, "kept until the save writes it")
        #expect(effects.contains { if case .recordReview = $0 { true } else { false } })
        #expect(state.study.session?.scratch == nil, "the next question starts with an empty area")
    }

    @Test func quittingMidAnswerLosesNothing() {
        var state = session()
        state.apply(.openEditor)
        type("не потерять", into: &state)
        let effects = update(&state, .quit)
        #expect(effects.contains { if case .saveNote(_, _, let text, _, _) = $0 { text.contains("не потерять") } else { false } })
    }
}
