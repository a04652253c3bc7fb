import Screen
import Testing
@testable import Browser

/// Ctrl+W in the note editor: nano's "Where Is".
@Suite struct NoteFindTests {
    @Test func theNextMatchIgnoresCaseAndReadsЁAsЕ() {
        let editor = EditorHarness("Первая строка\nВсё про ЕЛКИ и ёлки\nконец").editor
        let first = editor.nextMatch(of: "ёлки", after: .start)
        #expect(first?.match == EditorMatch(line: 1, graphemes: 8..<12) && first?.wrapped == false)
        let second = editor.nextMatch(of: "ёлки", after: EditorPosition(line: 1, grapheme: 8))
        #expect(second?.match == EditorMatch(line: 1, graphemes: 15..<19))
        #expect(editor.nextMatch(of: "ВСЕ", after: .start)?.match == EditorMatch(line: 1, graphemes: 0..<3))
        #expect(editor.nextMatch(of: "нет такого", after: .start) == nil)
        #expect(editor.nextMatch(of: "", after: .start) == nil)
    }

    @Test func afterTheLastMatchTheSearchGoesOnFromTheStart() {
        let editor = EditorHarness("a word\nb\nword c").editor
        let wrapped = editor.nextMatch(of: "word", after: EditorPosition(line: 2, grapheme: 0))
        #expect(wrapped?.match == EditorMatch(line: 0, graphemes: 2..<6) && wrapped?.wrapped == true)
        // The only match, at the cursor: found again, last.
        let only = EditorHarness("one word").editor.nextMatch(of: "word", after: EditorPosition(line: 0, grapheme: 4))
        #expect(only?.match == EditorMatch(line: 0, graphemes: 4..<8) && only?.wrapped == true)
    }

    @Test func aMatchIsMadeOfWholeCharacters() {
        // "е" followed by a combining acute is one character, not the letter searched for.
        let editor = EditorHarness("ре\u{301}ка река").editor
        #expect(editor.nextMatch(of: "ре", after: .start)?.match == EditorMatch(line: 0, graphemes: 5..<7))
        #expect(NoteEditor.occurrences(of: NoteEditor.folded("ре"), in: "ре\u{301}ка река") == [5..<7])
    }

    @Test func aMatchAcrossASoftWrapIsMarkedOnBothRows() {
        // One word wider than the pane: rows of 10 cells, "needle" split after "ne".
        let editor = EditorHarness("жжжжжжжж" + "needle" + "yyyy", width: 10, height: 5).editor
        #expect(editor.visibleMatches(of: "NEEDLE") == [
            EditorMatchCells(row: 0, columns: 8..<10, isCurrent: false),
            EditorMatchCells(row: 1, columns: 0..<4, isCurrent: false),
        ])
    }

    @Test func onlyTheRowsOnScreenAreMarkedCountedFromTheTopOfThePane() {
        let text = (0..<30).map { "line \($0)" }.joined(separator: "\n")
        var harness = EditorHarness(text, width: 20, height: 5)
        harness.editor.moveCursor(to: EditorPosition(line: 20, grapheme: 0), layout: harness.viewport)
        #expect(harness.editor.visibleLines(viewport: harness.viewport).map(\.line) == [16, 17, 18, 19, 20])
        #expect(harness.editor.visibleMatches(of: "line 2") == [EditorMatchCells(row: 4, columns: 0..<6, isCurrent: true)])
        // Wide characters take two cells each.
        let wide = EditorHarness("日本語の本", width: 20, height: 2).editor
        #expect(wide.visibleMatches(of: "本") == [EditorMatchCells(row: 0, columns: 2..<4, isCurrent: false),
                                                 EditorMatchCells(row: 0, columns: 8..<10, isCurrent: false)])
    }

    private func editingState(note: String) -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.moveDown(2), .openEditor, .editNote(.insert(note)), .editNote(.documentStart))
        return state
    }

    private func press(_ key: Key, _ modifiers: Modifiers = [], in state: inout AppState) {
        if let action = Keymap.action(for: .key(key, modifiers), in: state) { state.apply(action) }
    }

    @Test func ctrlWOpensThePromptAndEnterGoesFromMatchToMatch() {
        var state = editingState(note: "alpha\nbeta Alpha\ngamma")
        press(.character("w"), .ctrl, in: &state)
        #expect(state.mode == .findingInNote)
        state.type("alpha")
        #expect(state.editing?.find?.text == "alpha" && state.editing?.editor.text == "alpha\nbeta Alpha\ngamma")
        #expect(state.screenLines.last?.contains("Найти в заметке: alpha") == true)
        #expect(cursorPosition(state)?.y == state.layout.status.y)
        press(.enter, in: &state)
        #expect(state.editing?.editor.cursor == EditorPosition(line: 1, grapheme: 5))
        // Ctrl+W in the prompt, as Enter: the next one, round from the start.
        press(.character("w"), .ctrl, in: &state)
        #expect(state.editing?.editor.cursor == EditorPosition(line: 0, grapheme: 0))
        #expect(state.message?.contains("с начала") == true)
        // Escape closes the prompt where the search left the cursor; typing goes into the note.
        press(.escape, in: &state)
        #expect(state.mode == .editingNote && state.editing?.editor.cursor == .start)
        state.type("X")
        #expect(state.editing?.editor.line(0) == "Xalpha")
    }

    @Test func ctrlWOffersTheLastNeedleSoEnterRepeatsTheSearch() {
        var state = editingState(note: "one two one two")
        state.apply(.findInNote)
        state.type("two")
        state.apply(.findNextInNote, .cancelNoteFind)
        #expect(state.editing?.editor.cursor == EditorPosition(line: 0, grapheme: 4))
        state.apply(.findInNote)
        #expect(state.editing?.find?.text == "two")
        state.apply(.findNextInNote)
        #expect(state.editing?.editor.cursor == EditorPosition(line: 0, grapheme: 12))
    }

    @Test func aNeedleNotInTheNoteSaysSoAndLeavesTheCursor() {
        var state = editingState(note: "текст заметки")
        state.apply(.findInNote)
        state.type("нет")
        state.apply(.findNextInNote)
        #expect(state.editing?.editor.cursor == .start)
        #expect(state.message == "«нет» в заметке нет")
        #expect(state.screenLines.last?.contains("«нет» в заметке нет") == true)
    }

    @Test func theMatchesOnScreenAreHighlightedTheCurrentOneApart() {
        var state = editingState(note: "кот и КОТ")
        state.apply(.findInNote)
        state.type("кот")
        state.apply(.findNextInNote)
        let area = NotesEditorView.textArea(state)
        let buffer = render(state)
        let theme = state.theme
        let current = theme.style(.text).patched(with: theme.style(.searchMatchCurrent))
        let other = theme.style(.text).patched(with: theme.style(.searchMatch))
        #expect(current != other)
        #expect(buffer.style(at: Point(x: area.x, y: area.y)) == other)
        #expect(buffer.style(at: Point(x: area.x + 6, y: area.y)) == current)
        #expect(buffer.style(at: Point(x: area.x + 8, y: area.y)) == current)
        #expect(buffer.style(at: Point(x: area.x + 4, y: area.y)) == theme.style(.text))
        // Closed, the prompt leaves no highlight behind.
        state.apply(.cancelNoteFind)
        #expect(render(state).style(at: Point(x: area.x + 6, y: area.y)) == theme.style(.text))
    }
}
