import Chapter
import Screen
import Testing
@testable import Browser

/// The open question's note shows beside the answer while reading, not only in the editor.
@Suite struct NotePreviewTests {
    let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
                 Size(width: 160, height: 50), Size(width: 200, height: 60)]
    let note = "Главное: корутина отдаёт управление на await.\nПроверить пример с gather."

    func screenText(_ state: AppState) -> String {
        let buffer = render(state)
        return (0..<buffer.size.height).map { buffer.line($0) }.joined(separator: "\n")
    }

    @Test func aNoteShowsWhileReadingAtEverySize() throws {
        for size in sizes {
            var state = TestLibrary.state(width: size.width, height: size.height)
            let id = try #require(state.openQuestion?.id)
            state.notes.texts[id] = note
            state.refreshLayout()
            let layout = state.layout
            #expect(!layout.notePreview.isEmpty, "\(size)")
            #expect(layout.notePreview.intersection(layout.answer).isEmpty, "\(size): the note covers the answer")
            #expect(screenText(state).contains("Главное: корутина"), "\(size)")
            // Shown beside the answer, the note is not repeated at its end.
            #expect(!state.renderedAnswer.plainLines.contains { $0.contains("Главное: корутина") }, "\(size)")
        }
    }

    @Test func withoutCodeTheNoteTakesTheCodePanesPlace() {
        let shape = NoteShape(text: note, questionHasCode: false)
        let plain = Layout(size: Size(width: 200, height: 60), preferredListWidth: 30, focus: .list)
        let layout = Layout(size: Size(width: 200, height: 60), preferredListWidth: 30, focus: .list, note: shape)
        #expect(layout.notePreview == plain.code)
        #expect(layout.code.isEmpty)
        #expect(layout.answer == plain.answer)
    }

    @Test func aShortAnswerKeepsTheNoteAtItsEnd() throws {
        let shape = NoteShape(text: note, questionHasCode: true)
        let layout = Layout(size: Size(width: 100, height: 12), preferredListWidth: 30, focus: .list, note: shape)
        #expect(layout.notePreview.isEmpty)
        var state = TestLibrary.state(width: 100, height: 12)
        let id = try #require(state.openQuestion?.id)
        state.notes.texts[id] = note
        state.refreshLayout()
        #expect(state.renderedAnswer.plainLines.contains { $0.contains("Главное: корутина") })
    }

    @Test func aLongNoteSaysHowMuchMoreTheEditorHolds() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        let id = try #require(state.openQuestion?.id)
        state.notes.texts[id] = (1...40).map { "строка \($0)" }.joined(separator: "\n")
        state.refreshLayout()
        let text = screenText(state)
        #expect(text.contains("строка 1"))
        #expect(!text.contains("строка 40"))
        #expect(text.contains("… ещё"))
        #expect(state.layout.notePreview.height <= state.layout.answer.height / 2 + 2)
    }

    @Test func whileEditingTheEditorShowsTheNoteInstead() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        let id = try #require(state.openQuestion?.id)
        state.notes.texts[id] = note
        state.apply(.openEditor)
        #expect(state.editing != nil)
        #expect(state.layout.notePreview.isEmpty)
    }
}

extension NotePreviewTests {
    /// A 130,000-line note (a big paste) shows its head and the count of the rest.
    @Test func aHugeNoteShowsItsHeadAndCountsTheRest() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        let id = try #require(state.openQuestion?.id)
        state.notes.texts[id] = (1...130_000).map { "строка \($0)" }.joined(separator: "\n")
        state.refreshLayout()
        let text = screenText(state)
        #expect(text.contains("строка 1"))
        #expect(text.contains("… ещё 1299"), "the rest counted: about 130,000 lines")
    }
}
