import Chapter
import Browser
import Foundation
import Notes
import Runtime
import Screen
import Testing

/// Two windows on one notes database: what one saves shows in the other by itself, within
/// a few seconds, without that window saving anything.
@Suite struct NotesElsewhereTests {
    /// Saves a note as another sobes process would, on its own connection.
    static func saveElsewhere(_ text: String, titled title: String, in directory: String) {
        let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
        defer { store.close() }
        let question = Fixture.library.chapters[0].questions.first { $0.title == title }!
        let basis = (try? store.note(for: NoteKey(question.key)))??.revisionID
        _ = try? store.save(key: NoteKey(question.key), title: title, text: text, basedOn: basis)
    }

    @Test func anIdleWindowShowsANoteAnotherWindowSaved() throws {
        try Fixture.withDataDirectory { directory in
            let steps: [ScriptedTerminal.Step] = [
                .wait(.seconds(1)),
                .inspect { Self.saveElsewhere("Записано в другом окне", titled: Fixture.firstTitle, in: directory) },
                .wait(.seconds(3)),
            ]
            let run = Fixture.run(steps, dataDirectory: directory)
            #expect(run.terminal.screenText.contains("Записано в другом окне"))
            #expect(run.state.notes.hasNote(Fixture.library.chapters[0].questions[0].id))
        }
    }

    @Test func anEditorWithUnsavedTextKeepsItAndSaysSo() throws {
        try Fixture.withDataDirectory { directory in
            var steps: [ScriptedTerminal.Step] = [.key(.tab), .key("e")]
            steps += typed("моё")
            // Before autosave: the other window's save arrives while this text is unsaved.
            steps.append(.inspect { Self.saveElsewhere("чужое", titled: Fixture.firstTitle, in: directory) })
            steps.append(.wait(.seconds(4)))
            let run = Fixture.run(steps, dataDirectory: directory)
            let stored = try #require(Fixture.storedNote(titled: Fixture.firstTitle, in: directory))
            // Nothing typed is lost: the text saved here holds both versions.
            #expect(stored.contains("моё") && stored.contains("чужое"), "\(stored)")
            #expect(run.state.editing?.editor.text.contains("моё") == true)
        }
    }
}
