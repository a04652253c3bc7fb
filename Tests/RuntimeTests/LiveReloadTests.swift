import Browser
import Chapter
import Foundation
import Notes
@testable import Runtime
import Search
import Synchronization
import Testing

/// Chapter files changing on disk while the browser runs: the watcher notices, the reread
/// sees the new text, and a save keyed while numbers moved lands on its own question.
@Suite struct LiveReloadRuntimeTests {
    static func chapter(_ titles: [String]) -> String {
        var text = "# 07. Базы данных\n\n"
        for (number, title) in titles.enumerated() {
            text += "## Вопрос \(number + 1): \(title)\n\n### Короткий ответ\n\nОтвет на «\(title)».\n\n---\n\n"
        }
        return text
    }

    /// Waits (in real time: the watcher is a thread on the kernel's events) until `found` holds.
    static func eventually(within seconds: Double = 5, _ found: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if found() { return true }
            usleep(10_000)
        }
        return found()
    }

    @Test func theWatcherSeesChapterFilesAndNotTheirEditorsBackups() throws {
        try Fixture.withDataDirectory { directory in
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let changes = Mutex(0)
            let watcher = LibraryWatcher { changes.withLock { $0 += 1 } }
            watcher.watch([directory])
            try "x".write(toFile: directory + "/.07-db.md.swp", atomically: false, encoding: .utf8)
            try "x".write(toFile: directory + "/07-db.md~", atomically: false, encoding: .utf8)
            usleep(300_000)
            #expect(changes.withLock { $0 } == 0)
            // A save by rename, as vim and most editors make it.
            try Self.chapter(["Что такое индекс?"]).write(toFile: directory + "/07-db.md", atomically: true, encoding: .utf8)
            #expect(Self.eventually { changes.withLock { $0 } > 0 })
        }
    }

    @Test func aChangedFileIsReadAgainWithItsNewText() throws {
        try Fixture.withDataDirectory { directory in
            let folder = directory + "/library"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Self.chapter(["Что такое индекс?", "Что такое транзакция?"]).write(toFile: folder + "/07-db.md", atomically: true, encoding: .utf8)
            let roots = [LibraryLoader.Root(path: folder)]
            let library = try LibraryLoader.load(roots: roots)
            let source = LibrarySource(roots: [folder]) {
                do throws(ChapterError) { return .success(try LibraryLoader.load(roots: roots)) } catch { return .failure(error) }
            }
            let store = NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle)
            var live = LiveEffects(library: library, terms: TermDictionary(), notes: NotesSession(store: store, library: library), source: source)
            _ = live.perform(.watchLibrary)

            try Self.chapter(["Что такое нормализация?", "Что такое индекс?", "Что такое транзакция?"])
                .write(toFile: folder + "/07-db.md", atomically: true, encoding: .utf8)
            var seen: [Action] = []
            #expect(Self.eventually { seen += live.takeFinished(); return seen.contains(.libraryFilesChanged) })

            _ = live.perform(.reloadLibrary)
            var reread: Library?
            #expect(Self.eventually {
                for case .libraryReloaded(let library) in live.takeFinished() { reread = library }
                return reread != nil
            })
            #expect(reread?.chapters.first?.questions.map(\.title) == ["Что такое нормализация?", "Что такое индекс?", "Что такое транзакция?"])

            // The browser still calls the transaction question 2 until it takes the new
            // library; a save meanwhile names its title and lands on it, not on the index.
            _ = live.perform(.loadNotes)
            #expect(Self.eventually { live.takeFinished().contains { if case .notesLoaded = $0 { true } else { false } } })
            _ = live.perform(.saveNote(id: QuestionID(chapterID: "07-db", number: 2), title: "Что такое транзакция?",
                                       text: "ACID", basedOn: nil, changeCount: 1))
            store.close()
            let reader = NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle)
            defer { reader.close() }
            let stored = try reader.notes().first { $0.text == "ACID" }
            #expect(stored?.key.questionKey == QuestionKey(chapterID: "07-db", title: QuestionKey.normalizedTitle("Что такое транзакция?")))
        }
    }

    @Test func aFolderThatCannotBeReadAgainIsSaidInOneLine() throws {
        try Fixture.withDataDirectory { directory in
            let folder = directory + "/library"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Self.chapter(["Что такое индекс?"]).write(toFile: folder + "/07-db.md", atomically: true, encoding: .utf8)
            let roots = [LibraryLoader.Root(path: folder)]
            let library = try LibraryLoader.load(roots: roots)
            let source = LibrarySource(roots: [folder]) {
                do throws(ChapterError) { return .success(try LibraryLoader.load(roots: roots)) } catch { return .failure(error) }
            }
            let store = NotesStore(directory: directory + "/data", questionKey: QuestionKey.normalizedTitle)
            var live = LiveEffects(library: library, terms: TermDictionary(), notes: NotesSession(store: store, library: library), source: source)
            try FileManager.default.removeItem(atPath: folder)
            _ = live.perform(.reloadLibrary)
            var problem: String?
            #expect(Self.eventually {
                for case .libraryNotReloaded(let line) in live.takeFinished() { problem = line }
                return problem != nil
            })
            #expect(problem?.contains(folder) == true)
            #expect(problem?.contains("\n") == false)
        }
    }
}
