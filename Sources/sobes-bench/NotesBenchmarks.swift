import Foundation
import Chapter
import Notes

/// Saving a note (budget ≤ 5 ms per save), plus opening the store and loading a note.
/// Each save changes the text, so every one writes a revision (with its fsync).
enum NotesBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let directory = NSTemporaryDirectory() + "sobes-bench-notes-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let openSamples = try context.measure(iterations: 20, warmup: 1) {
            let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
            try store.open()
            store.close()
        }
        print("open (check + migrate), small database: \(Summary(openSamples))")

        let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
        try store.open()
        let small = NoteKey(chapterID: "04-asyncio", question: "как работает event loop")
        let smallText = String(repeating: "Event loop крутится в одном потоке; await отдаёт управление.\n", count: 23)
        report("save, \(smallText.utf8.count) B note", try measureSaves(store, small, smallText, 300))

        let large = NoteKey(chapterID: "04-asyncio", question: "gather и wait")
        let largeText = (1...10_000).map { "строка \($0): заметка о gather, wait и отмене задач" }.joined(separator: "\n")
        report("save, 10,000-line note (\(largeText.utf8.count / 1024) KB)", try measureSaves(store, large, largeText, 60))

        let loadSamples = try context.measure(iterations: 60) { _ = try store.note(for: large) }
        print("load the 10,000-line note: \(Summary(loadSamples))")
        store.close()

        let size = (try? FileManager.default.attributesOfItem(atPath: store.databasePath)[.size] as? Int) ?? 0
        let reopenSamples = try context.measure(iterations: 10, warmup: 1) {
            let reopened = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
            try reopened.open()
            reopened.close()
        }
        print("open (check + migrate), \(size / 1_048_576) MB database: \(Summary(reopenSamples))")
        print("budget: save ≤ 5 ms")
    }

    /// Saves `text` with a changing last line, continuing from each outcome's basis.
    /// Returns each save's wall time and CPU time (the CPU figure holds up when other jobs
    /// share the machine; the wall figure includes the fsync).
    private static func measureSaves(
        _ store: NotesStore, _ key: NoteKey, _ text: String, _ iterations: Int
    ) throws -> (wall: [Double], cpu: [Double]) {
        var basis = try store.note(for: key)?.revisionID
        var counter = 0
        var wall: [Double] = []
        var cpu: [Double] = []
        for iteration in 0..<(iterations + 2) {
            counter += 1
            let next = text + "\n\(counter)"
            let wallStart = ContinuousClock.now
            let cpuStart = processCPUSeconds()
            let outcome = try store.save(key: key, title: "bench", text: next, basedOn: basis)
            let cpuTime = processCPUSeconds() - cpuStart
            let wallTime = (ContinuousClock.now - wallStart).seconds
            guard case .saved = outcome else { throw BenchmarkError("save did not write: \(outcome)") }
            basis = outcome.nextBasis
            if iteration >= 2 {  // the first two warm up
                wall.append(wallTime)
                cpu.append(cpuTime)
            }
        }
        return (wall, cpu)
    }

    private static func report(_ label: String, _ samples: (wall: [Double], cpu: [Double])) {
        print("\(label): wall \(Summary(samples.wall))")
        print("\(label): CPU  \(Summary(samples.cpu))")
    }

    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
