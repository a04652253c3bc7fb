import Foundation
import Notes

/// Saving a note (budget ≤ 5 ms per save), plus opening the store and loading a note.
/// Each save changes the text, so every one writes a revision (with its fsync).
enum NotesBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let directory = NSTemporaryDirectory() + "sobes-bench-notes-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let openSamples = try context.measure(iterations: 20, warmup: 1) {
            let store = NotesStore(directory: directory)
            try store.open()
            store.close()
        }
        print("open (check + migrate), small database: \(Summary(openSamples))")

        let store = NotesStore(directory: directory)
        try store.open()
        let small = NoteKey(chapterID: "04-asyncio", questionNumber: 3)
        let smallText = String(repeating: "Event loop крутится в одном потоке; await отдаёт управление.\n", count: 35)
        print("save, \(smallText.utf8.count / 1024) KB note: \(Summary(try measureSaves(store, small, smallText, 300, context)))")

        let large = NoteKey(chapterID: "04-asyncio", questionNumber: 6)
        let largeText = (1...10_000).map { "строка \($0): заметка о gather, wait и отмене задач" }.joined(separator: "\n")
        print("save, 10,000-line note (\(largeText.utf8.count / 1024) KB): \(Summary(try measureSaves(store, large, largeText, 60, context)))")

        let loadSamples = try context.measure(iterations: 60) { _ = try store.note(for: large) }
        print("load the 10,000-line note: \(Summary(loadSamples))")
        store.close()

        let size = (try? FileManager.default.attributesOfItem(atPath: store.databasePath)[.size] as? Int) ?? 0
        let reopenSamples = try context.measure(iterations: 10, warmup: 1) {
            let reopened = NotesStore(directory: directory)
            try reopened.open()
            reopened.close()
        }
        print("open (check + migrate), \(size / 1_048_576) MB database: \(Summary(reopenSamples))")
        print("budget: save ≤ 5 ms")
    }

    /// Saves `text` with a changing last line, continuing from each outcome's basis.
    private static func measureSaves(
        _ store: NotesStore, _ key: NoteKey, _ text: String, _ iterations: Int, _ context: BenchmarkContext
    ) throws -> [Double] {
        var basis = try store.note(for: key)?.revisionID
        var counter = 0
        return try context.measure(iterations: iterations) {
            counter += 1
            let outcome = try store.save(key: key, title: "bench", text: text + "\n\(counter)", basedOn: basis)
            guard case .saved = outcome else { throw BenchmarkError("save did not write: \(outcome)") }
            basis = outcome.nextBasis
        }
    }
}
