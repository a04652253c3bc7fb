import Browser
import Chapter
import Foundation
import Notes
import Runtime
import Screen
import Search

enum Fixture {
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let library: Library = try! LibraryLoader.load(directory: repositoryRoot + "/Content")

    /// A fresh data directory, removed after `body`.
    static func withDataDirectory(_ body: (String) throws -> Void) rethrows {
        let directory = NSTemporaryDirectory() + "sobes-runtime-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    /// Runs the whole program on a script: the real update, the real notes database in
    /// `directory` and the real search index, on a scripted terminal and a manual clock.
    @discardableResult
    static func run(_ script: [ScriptedTerminal.Step], dataDirectory directory: String,
                    size: Size = Size(width: 120, height: 40), environment: [String: String] = [:],
                    resultsWait: Duration = BrowserLoop.defaultResultsWait,
                    watching: (ScriptedTerminal) -> Void = { _ in }) -> (status: Int32, terminal: ScriptedTerminal, state: AppState) {
        let clock = ManualClock()
        let terminal = ScriptedTerminal(size: size, clock: clock, script: script)
        watching(terminal)
        let live = LiveEffects(library: library, terms: TermDictionary.load(contentDirectory: repositoryRoot + "/Content"), notes: NotesSession(store: NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle), library: library))
        var loop = BrowserLoop(state: AppState(library: library, size: size), terminal: terminal, clock: clock,
                               performer: live, environment: environment, resultsWait: resultsWait)
        let status = loop.run()
        return (status, terminal, loop.state)
    }

    /// The note whose question has this title, as a second process would read it now.
    static func storedNote(titled title: String, in directory: String) -> String? {
        let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
        defer { store.close() }
        return (try? store.notes())?.first { $0.questionTitle == title }?.text
    }

    static func storedPosition(in directory: String) -> ReadingPosition? {
        let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
        defer { store.close() }
        return try? store.readingPosition()
    }

    static let firstTitle = library.chapters[0].questions[0].title
}

/// The live performer, except that the first `failures` saves fail as a full disk would.
struct FailingSaves: EffectPerformer {
    var live: LiveEffects
    var failures: Int

    mutating func perform(_ effect: Effect) -> [Action] {
        if case .saveNote(let id, _, _, _, _) = effect, failures > 0 {
            failures -= 1
            return [.noteSaveFailed(id: id, message: "No space left on device")]
        }
        return live.perform(effect)
    }

    mutating func takeFinished() -> [Action] { live.takeFinished() }
    var isBusy: Bool { live.isBusy }
    var completionDescriptor: Int32? { live.completionDescriptor }
}

/// The live performer, noting how many frames were drawn when the notes were asked for.
struct FramesAtLoad: EffectPerformer {
    var live: LiveEffects
    let terminal: ScriptedTerminal
    private(set) var framesWhenLoading: [Int] = []

    init(live: LiveEffects, terminal: ScriptedTerminal) {
        self.live = live
        self.terminal = terminal
    }

    mutating func perform(_ effect: Effect) -> [Action] {
        if effect == .loadNotes { framesWhenLoading.append(terminal.frames) }
        return live.perform(effect)
    }

    mutating func takeFinished() -> [Action] { live.takeFinished() }
    var isBusy: Bool { live.isBusy }
    var completionDescriptor: Int32? { live.completionDescriptor }
}
