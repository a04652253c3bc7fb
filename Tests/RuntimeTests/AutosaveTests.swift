import Chapter
import Browser
import Foundation
import Runtime
import Screen
import Testing

/// The whole program on a scripted terminal: keys in, screens and the database out. A
/// `.inspect` step reads the database at that moment of the script, which is what a
/// `kill -9` at that moment would leave behind.
@Suite struct AutosaveTests {
    /// Keys that open a window over the editor, and a word the open window shows.
    static func window(_ name: String) -> ([ScriptedTerminal.Step], String)? {
        switch name {
        case "help": return ([.key("?")], "Клавиши")
        case "topics": return ([.key("t")], "Темы")
        case "search": return ([.key("/"), .key("s")], "/s")  // Tab left the editor for the list
        default: return nil
        }
    }

    @Test(arguments: ["help", "topics", "search"])
    func typedTextIsSavedWhileAWindowIsOpen(window: String) throws {
        let (opening, shows) = try #require(Self.window(window))
        try Fixture.withDataDirectory { directory in
            var seen: String?
            var steps: [ScriptedTerminal.Step] = [.key(.tab), .key("e")]
            steps += typed("Мысль про loop")
            steps.append(.key(.tab))
            steps += opening
            steps.append(.wait(.seconds(3)))
            steps.append(.inspect { seen = Fixture.storedNote(titled: Fixture.firstTitle, in: directory) })
            let run = Fixture.run(steps, dataDirectory: directory)
            #expect(seen == "Мысль про loop", "with the \(window) window open")
            #expect(run.terminal.screenText.contains(shows))
        }
    }

    @Test func typingForThreeSecondsIsSavedWithinASecondOfEachKey() throws {
        try Fixture.withDataDirectory { directory in
            let text = String(repeating: "абвгдежзий", count: 3)  // 30 keys, one every 100 ms
            var storedAt: [Int: String] = [:]
            var script: [ScriptedTerminal.Step] = [.key(.tab), .key("e")]
            for (index, event) in InputEvent.typing(text).enumerated() {
                script.append(.event(event))
                script.append(.wait(.milliseconds(100)))
                let typed = index + 1
                script.append(.inspect { storedAt[typed] = Fixture.storedNote(titled: Fixture.firstTitle, in: directory) ?? "" })
            }
            Fixture.run(script, dataDirectory: directory)
            // While the keys keep coming, what is stored is never more than a second behind.
            for typed in stride(from: 10, through: 30, by: 1) {
                let stored = try #require(storedAt[typed])
                #expect(text.hasPrefix(stored))
                #expect(stored.count >= typed - 9, "after \(typed) keys only \(stored.count) were saved")
            }
        }
    }

    @Test func aFailedSaveIsRetriedAndThenSucceeds() throws {
        try Fixture.withDataDirectory { directory in
            var afterFailure: String?, afterRetry: String?, screenAfterFailure = ""
            var terminalRef: ScriptedTerminal?
            let script: [ScriptedTerminal.Step] = [.key(.tab), .key("e")] + typed("важное")
                + [.wait(.seconds(1)),
                   .inspect {
                       afterFailure = Fixture.storedNote(titled: Fixture.firstTitle, in: directory)
                       screenAfterFailure = terminalRef?.screenText ?? ""
                   },
                   .wait(.seconds(5)),
                   .inspect { afterRetry = Fixture.storedNote(titled: Fixture.firstTitle, in: directory) }]
            let clock = ManualClock()
            let terminal = ScriptedTerminal(size: Size(width: 120, height: 40), clock: clock, script: script)
            terminalRef = terminal
            let live = LiveEffects(library: Fixture.library, terms: .init(), notes: .init(store: .init(directory: directory, questionKey: QuestionKey.normalizedTitle), library: Fixture.library))
            var loop = BrowserLoop(state: AppState(library: Fixture.library, size: terminal.size), terminal: terminal,
                                   clock: clock, performer: FailingSaves(live: live, failures: 1))
            _ = loop.run()
            #expect(afterFailure == nil)
            #expect(screenAfterFailure.contains("не сохранено"))
            #expect(afterRetry == "важное")
        }
    }

    @Test func sigtermWhileTypingKeepsEveryWord() throws {
        try Fixture.withDataDirectory { directory in
            let script: [ScriptedTerminal.Step] = [.key(.tab), .key("e")] + typed("до последней буквы") + [.signal(15)]
            let run = Fixture.run(script, dataDirectory: directory)
            #expect(run.status == 128 + 15)
            #expect(Fixture.storedNote(titled: Fixture.firstTitle, in: directory) == "до последней буквы")
        }
    }

    @Test func quittingSavesAndEndsWithStatusZero() throws {
        try Fixture.withDataDirectory { directory in
            let script: [ScriptedTerminal.Step] = [.key(.tab), .key("e")] + typed("x") + [.key(.escape), .key("q")]
            let run = Fixture.run(script, dataDirectory: directory)
            #expect(run.status == 0)
            #expect(Fixture.storedNote(titled: Fixture.firstTitle, in: directory) == "x")
        }
    }
}

@Suite struct ReadingPositionLoopTests {
    @Test func thePositionIsSavedASecondAfterItChanges() throws {
        try Fixture.withDataDirectory { directory in
            var early: String?, late: String?
            let script: [ScriptedTerminal.Step] = [
                .wait(.seconds(2)),  // the start position is stored by now
                .key("j"), .key("j"),
                .wait(.milliseconds(500)), .inspect { early = Fixture.storedPosition(in: directory)?.question },
                .wait(.milliseconds(600)), .inspect { late = Fixture.storedPosition(in: directory)?.question },
            ]
            Fixture.run(script, dataDirectory: directory)
            // Stored by key (the question's normalised title), not by number.
            #expect(early == Fixture.library.chapters[0].questions[0].key.title)
            #expect(late == Fixture.library.chapters[0].questions[2].key.title)
        }
    }

    @Test func theNextRunReopensWhereTheReaderWas() throws {
        try Fixture.withDataDirectory { directory in
            Fixture.run([.key("G"), .key("q")], dataDirectory: directory)
            let reopened = Fixture.run([.wait(.milliseconds(10))], dataDirectory: directory)
            let last = Fixture.library.chapters[0].questions.count
            #expect(reopened.state.openQuestion?.number == last)
        }
    }
}

@Suite struct LoopTests {
    @Test func theFirstFrameIsDrawnBeforeTheNotesLoad() throws {
        try Fixture.withDataDirectory { directory in
            let clock = ManualClock()
            let scripted = ScriptedTerminal(size: Size(width: 100, height: 30), clock: clock, script: [.key("q")])
            let live = LiveEffects(library: Fixture.library, terms: .init(), notes: .init(store: .init(directory: directory, questionKey: QuestionKey.normalizedTitle), library: Fixture.library))
            var loop = BrowserLoop(state: AppState(library: Fixture.library, size: scripted.size), terminal: scripted,
                                   clock: clock, performer: FramesAtLoad(live: live, terminal: scripted))
            _ = loop.run()
            #expect((loop.performer as? FramesAtLoad)?.framesWhenLoading == [1])  // the first frame, then the database
            let loaded = loop.state.notes.isLoaded
            #expect(loaded)
        }
    }

    @Test func searchResultsArriveWithoutAKey() throws {
        try Fixture.withDataDirectory { directory in
            let script: [ScriptedTerminal.Step] = [.key("/")] + typed("семафор") + [.wait(.seconds(1))]
            let run = Fixture.run(script, dataDirectory: directory)
            #expect(run.state.search?.results?.hits.isEmpty == false)
            #expect(run.terminal.screenText.contains("Semaphore") || run.terminal.screenText.contains("семафор"))
        }
    }

    @Test func yCopiesTheCodeBlockThroughTheTerminal() throws {
        try Fixture.withDataDirectory { directory in
            let run = Fixture.run([.key("y")], dataDirectory: directory)
            let block = try #require(Fixture.library.chapters[0].questions[0].codeBlocks.first)
            #expect(run.terminal.copied == [block.code])
        }
    }
}
