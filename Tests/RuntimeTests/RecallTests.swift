import Browser
import Chapter
import Foundation
import Notes
import Runtime
import Screen
import Study
import Testing

/// Recall mode in the whole program: grades reach the review log in the notes database
/// as they are given, and the browser reads the log back at start.
@Suite struct RecallRuntimeTests {
    static func reviews(in directory: String) -> [ReviewRecord] {
        let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
        defer { store.close() }
        return (try? store.reviews()) ?? []
    }

    @Test func threeGradesAreInTheLogAsSoonAsTheyAreGiven() throws {
        try Fixture.withDataDirectory { directory in
            var afterEach: [Int] = []
            var script: [ScriptedTerminal.Step] = [.key("r")]
            for grade: Character in ["3", "1", "4"] {
                script += [.wait(.seconds(20)), .key(" "), .wait(.seconds(5)), .key(grade)]
                script.append(.inspect { afterEach.append(Self.reviews(in: directory).count) })
            }
            let run = Fixture.run(script + [.key(.escape), .key(.escape), .key("q")], dataDirectory: directory)
            #expect(afterEach == [1, 2, 3])
            let questions = Fixture.library.chapters[0].questions
            let logged = Self.reviews(in: directory).sorted { $0.reviewedAt < $1.reviewedAt }
            #expect(logged.map(\.questionTitle) == questions.prefix(3).map(\.title))
            #expect(logged.map(\.rating) == ["good", "again", "easy"])
            #expect(logged.map(\.questionKey) == questions.prefix(3).map { cardKey(for: $0).questionKey })
            // Stamped with the wall clock: 300 ms of start-up, then 25 s per card.
            let start = ManualClock.wallAtStart.millisecondsSince1970 + 300
            #expect(logged.map(\.reviewedAt) == [start + 25_000, start + 50_000, start + 75_000])
            #expect(logged.map(\.stateAfter) == ["learning", "learning", "review"])
            #expect(run.state.study.session == nil, "the second Esc went back to the list")
            #expect(run.state.study.bucket(of: questions[2].id, at: run.state.wallNow) == .known)
        }
    }

    @Test func theListMarksWhatTheLogSaysAtStart() throws {
        try Fixture.withDataDirectory { directory in
            let questions = Fixture.library.chapters[0].questions
            let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
            _ = try store.open()
            _ = try StudyLog(fuzzed: false).record(.easy, of: cardKey(for: questions[1]), title: questions[1].title,
                                                   at: ManualClock.wallAtStart + .seconds(-60), in: store)
            store.close()
            // Past the retry of a log another thread still held locked (the notes open beside it).
            let run = Fixture.run([.wait(AppState.notesRetryDelay + .milliseconds(200)), .key("q")], dataDirectory: directory)
            #expect(run.state.study.bucket(of: questions[1].id, at: run.state.wallNow) == .known)
            #expect(run.terminal.screenText.contains("знаю 1/\(questions.count) · к повтору 0"))
        }
    }
}
