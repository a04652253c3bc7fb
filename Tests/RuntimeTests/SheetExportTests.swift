import Browser
import Chapter
import Foundation
import Notes
import Runtime
import Study
import Testing

/// `x`'s effect as the runtime performs it: a Markdown sheet in the given directory that
/// loads as a chapter, never written over an earlier one.
@Suite struct SheetExportTests {
    @Test func theSheetIsWrittenBesideEarlierOnesAndLoadsAsAChapter() throws {
        try Fixture.withDataDirectory { directory in
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var live = LiveEffects(library: Fixture.library, terms: .init(),
                                   notes: NotesSession(store: NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle),
                                                       library: Fixture.library, environment: [:]),
                                   sheetDirectory: directory)
            let chapter = try #require(Fixture.library.chapter(id: "04-asyncio"))
            let ids = chapter.questions.map(\.id)
            let effect = Effect.exportSheet(ids: ids, notes: [ids[0]: "заметка"], cards: [:], fileName: "sobes-04-asyncio-20261201-1000.md",
                                            at: Instant(millisecondsSince1970: 1_796_119_200_000))
            let first = live.perform(effect)
            let second = live.perform(effect)
            #expect(first == [.sheetExported(path: directory + "/sobes-04-asyncio-20261201-1000.md", count: 10)])
            #expect(second == [.sheetExported(path: directory + "/sobes-04-asyncio-20261201-1000-2.md", count: 10)])
            let text = try String(contentsOfFile: directory + "/sobes-04-asyncio-20261201-1000.md", encoding: .utf8)
            let loaded = try ChapterParser.parse(text, chapterID: "sheet")
            #expect(loaded.questions.map(\.title) == chapter.questions.map(\.title))
            #expect(loaded.questions[0].sections.contains { $0.title == "Моя заметка" })

            let unwritable = LiveEffects(library: Fixture.library, terms: .init(),
                                         notes: NotesSession(store: NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle),
                                                             library: Fixture.library, environment: [:]),
                                         sheetDirectory: directory + "/missing")
            var performer = unwritable
            guard case .sheetNotExported(let reason)? = performer.perform(effect).first else { Issue.record("no failure"); return }
            #expect(reason.hasPrefix(directory + "/missing/sobes-04-asyncio-20261201-1000.md: "))
        }
    }
}
