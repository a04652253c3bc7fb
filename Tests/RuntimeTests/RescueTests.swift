import Chapter
import Browser
import Foundation
import Notes
import Runtime
import Screen
import Testing

/// When the database takes nothing, the text still survives the program.
@Suite struct RescueTests {
    func run(_ script: [ScriptedTerminal.Step], in directory: String,
             seen: ((ScriptedTerminal) -> Void)? = nil) -> (Int32, AppState) {
        let clock = ManualClock()
        var steps = script
        var terminalRef: ScriptedTerminal?
        if let seen, let index = steps.lastIndex(where: { if case .event = $0 { return true } else { return false } }) {
            steps.insert(.inspect { terminalRef.map(seen) }, at: index)  // the screen before the last key
        }
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), clock: clock, script: steps)
        terminalRef = terminal
        let live = LiveEffects(library: Fixture.library, terms: .init(),
                               notes: NotesSession(store: NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle),
                                                   library: Fixture.library, environment: [:]))
        var loop = BrowserLoop(state: AppState(library: Fixture.library, size: terminal.size), terminal: terminal,
                               clock: clock, performer: FailingSaves(live: live, failures: .max))
        let status = loop.run()
        return (status, loop.state)
    }

    func rescued(in directory: String) throws -> [NotesMarkdown.Entry] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("unsaved-notes-") }
        #expect(files.count == 1)
        let path = directory + "/" + (files.first ?? "")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        return try NotesMarkdown.parse(String(contentsOfFile: path, encoding: .utf8), fileName: path, questionKey: QuestionKey.normalizedTitle)
    }

    @Test func aSignalWithAFailingDatabaseWritesAFileTheImportReads() throws {
        try Fixture.withDataDirectory { directory throws in
            let (status, state) = run([.key(.tab), .key("e")] + typed("спасти текст") + [.signal(1)], in: directory)
            #expect(status == 129)
            #expect(try rescued(in: directory).map(\.text) == ["спасти текст"])
            #expect(state.exitMessages.contains { $0.contains(directory) })
        }
    }

    @Test func quittingAsksAndFWritesTheFile() throws {
        try Fixture.withDataDirectory { directory throws in
            var prompt = ""
            let (status, state) = run([.key(.tab), .key("e")] + typed("не терять") + [.key(.escape), .key("q"), .key("f")],
                                      in: directory, seen: { prompt = $0.screenText })
            #expect(prompt.contains("Заметка не сохранена") && prompt.contains("в файл"))
            #expect(status == 0)
            #expect(state.isQuitting)
            #expect(try rescued(in: directory).map(\.text) == ["не терять"])
        }
    }
}
