import Browser
import Chapter
import Foundation
import Notes
import Runtime
import Screen
import Search
import Testing

/// The first frame has one chapter; the rest of the library arrives in the background
/// after it, and the list and topics fill in while the reader stays where they are.
@Suite struct LazyStartTests {
    /// A library of two roots: the bundled chapter, then a folder of our own chapters.
    static func makeLibrary(in directory: String) throws -> [LibraryLoader.Root] {
        let folder = directory + "/more"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for number in 10..<16 {
            let text = "# \(number). Тема номер \(number)\n\n## Вопрос 1: Что проверяет тема \(number)?\n\n### Короткий ответ\n\nОтвет \(number).\n"
            try text.write(toFile: folder + "/\(number)-topic.md", atomically: true, encoding: .utf8)
        }
        return [LibraryLoader.Root(path: Fixture.repositoryRoot + "/Content"), LibraryLoader.Root(path: folder)]
    }

    /// The live performer, noting what the screen showed when the first background work was asked for.
    struct FirstFrameWatch: EffectPerformer {
        var live: LiveEffects
        let terminal: ScriptedTerminal
        private(set) var screenAtStart: String?

        mutating func perform(_ effect: Effect) -> [Action] {
            if effect == .loadNotes, screenAtStart == nil { screenAtStart = terminal.screenText }
            return live.perform(effect)
        }

        mutating func takeFinished() -> [Action] { live.takeFinished() }
        var isBusy: Bool { live.isBusy }
        var completionDescriptor: Int32? { live.completionDescriptor }
    }

    @Test func theFirstFrameShowsTheFirstChapterAndTheTopicsFillInAfter() throws {
        try Fixture.withDataDirectory { directory in
            let roots = try LazyStartTests.makeLibrary(in: directory)
            let first = try #require(LibraryLoader.firstChapter(roots: roots))
            #expect(first.chapters.map(\.id) == ["04-asyncio"])

            let size = Size(width: 120, height: 40)
            let clock = ManualClock()
            let terminal = ScriptedTerminal(size: size, clock: clock, script: [
                .key("j"), .wait(.milliseconds(50)),
                .key("t"), .wait(.milliseconds(50)),
            ])
            let store = NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle)
            let live = LiveEffects(library: first, terms: TermDictionary(), notes: NotesSession(store: store, library: first),
                                   restOfLibrary: { progress in
                                       progress(3, 7)
                                       return try? LibraryLoader.load(roots: roots)
                                   })
            var loop = BrowserLoop(state: AppState(library: first, size: size), terminal: terminal, clock: clock,
                                   performer: FirstFrameWatch(live: live, terminal: terminal))
            _ = loop.run()

            let firstScreen = try #require((loop.performer as? FirstFrameWatch)?.screenAtStart)
            #expect(firstScreen.contains(Fixture.firstTitle.prefix(20)))
            #expect(!firstScreen.contains("Тема номер"))
            // Every chapter arrived; the reader is still in the chapter and on the row they chose.
            #expect(loop.state.library.chapters.count == 7)
            #expect(loop.state.chapterID == "04-asyncio")
            #expect(loop.state.selectedRow == 1)
            #expect(loop.state.libraryProgress == nil)
            // The topics window lists the chapters that came after the first frame.
            #expect(terminal.screenText.contains("Тема номер 15"))
        }
    }

    @Test func aLibraryThatFailsToLoadLeavesTheFirstChapter() throws {
        try Fixture.withDataDirectory { directory in
            let roots = try LazyStartTests.makeLibrary(in: directory)
            let first = try #require(LibraryLoader.firstChapter(roots: roots))
            let size = Size(width: 120, height: 40)
            let clock = ManualClock()
            let terminal = ScriptedTerminal(size: size, clock: clock, script: [.key("j"), .wait(.milliseconds(50))])
            let store = NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle)
            let live = LiveEffects(library: first, terms: TermDictionary(), notes: NotesSession(store: store, library: first),
                                   restOfLibrary: { _ in nil })
            var loop = BrowserLoop(state: AppState(library: first, size: size), terminal: terminal, clock: clock, performer: live)
            _ = loop.run()
            #expect(loop.state.library.chapters.map(\.id) == ["04-asyncio"])
            #expect(loop.state.notes.isLoaded)
            #expect(loop.state.selectedRow == 1)
        }
    }
}
