import Foundation
import Testing
@testable import Notes

/// Two windows: two stores on the same database file.
@Suite struct ConflictTests {
    @Test func aStaleSaveKeepsBothTextsAndReportsTheConflict() throws {
        try withTemporaryDirectory { root throws in
            let windowA = store(in: root)
            let windowB = store(in: root)
            let base = try savedRevision(windowA.save(key: asyncio3, title: "t", text: "общий текст", basedOn: nil))

            // Both editors open the note at `base`; A saves first.
            let theirs = try savedRevision(windowA.save(key: asyncio3, title: "t", text: "текст окна A", basedOn: base.id))
            let outcome = try windowB.save(key: asyncio3, title: "t", text: "текст окна B", basedOn: base.id)

            guard case .conflict(let reportedTheirs, let mine) = outcome else {
                Issue.record("expected a conflict, got \(outcome)")
                return
            }
            #expect(reportedTheirs == theirs)
            #expect(mine.text == "текст окна B")
            #expect(mine.kind == .conflict)
            // Theirs stays current; mine is kept in the history.
            #expect(try windowA.note(for: asyncio3)?.text == "текст окна A")
            #expect(try windowA.revisions(of: asyncio3).map(\.text) == ["текст окна B", "текст окна A", "общий текст"])

            // B continues from `nextBasis` (mine): its next save becomes current without a
            // second conflict, and A's text stays in the history.
            #expect(outcome.nextBasis == mine.id)
            let next = try savedRevision(windowB.save(key: asyncio3, title: "t", text: "текст окна B, дописанный", basedOn: outcome.nextBasis))
            #expect(try windowA.note(for: asyncio3)?.revisionID == next.id)

            // Now A is the stale one.
            let late = try windowA.save(key: asyncio3, title: "t", text: "A ещё пишет", basedOn: theirs.id)
            guard case .conflict = late else {
                Issue.record("expected a conflict for A, got \(late)")
                return
            }
        }
    }

    @Test func twoFirstNotesForTheSameQuestionConflict() throws {
        try withTemporaryDirectory { root throws in
            let windowA = store(in: root)
            let windowB = store(in: root)
            _ = try savedRevision(windowA.save(key: asyncio6, title: "t", text: "A", basedOn: nil))
            let outcome = try windowB.save(key: asyncio6, title: "t", text: "B", basedOn: nil)
            guard case .conflict(let theirs, let mine) = outcome else {
                Issue.record("expected a conflict, got \(outcome)")
                return
            }
            #expect(theirs.text == "A")
            #expect(mine.text == "B")
        }
    }

    @Test func aStaleSaveOfTheSameTextIsNoConflict() throws {
        try withTemporaryDirectory { root throws in
            let windowA = store(in: root)
            let windowB = store(in: root)
            let base = try savedRevision(windowA.save(key: asyncio3, title: "t", text: "x", basedOn: nil))
            let theirs = try savedRevision(windowA.save(key: asyncio3, title: "t", text: "same", basedOn: base.id))
            #expect(try windowB.save(key: asyncio3, title: "t", text: "same", basedOn: base.id) == .unchanged(theirs))
        }
    }

    @Test func notesOfOtherQuestionsNeverConflict() throws {
        try withTemporaryDirectory { root throws in
            let windowA = store(in: root)
            let windowB = store(in: root)
            let a = try savedRevision(windowA.save(key: asyncio3, title: "t", text: "A", basedOn: nil))
            _ = try savedRevision(windowB.save(key: asyncio6, title: "t", text: "B", basedOn: nil))
            _ = try savedRevision(windowA.save(key: asyncio3, title: "t", text: "A2", basedOn: a.id))
        }
    }
}

/// Two windows writing at the same moment: SQLite's lock makes one wait; nothing fails
/// and nothing is lost.
@Suite struct ConcurrentWriterTests {
    @Test func simultaneousSavesOfOneNoteAreAllKept() throws {
        try withTemporaryDirectory { root throws in
            let windows = [store(in: root), store(in: root)]
            try windows[0].open()
            try windows[1].open()
            let failures = FailureList()
            let savesPerWindow = 25
            DispatchQueue.concurrentPerform(iterations: 2) { window in
                var basis: RevisionID?
                for save in 1...savesPerWindow {
                    do {
                        let outcome = try windows[window].save(
                            key: asyncio3, title: "t", text: "окно \(window), сохранение \(save)", basedOn: basis)
                        basis = outcome.nextBasis
                    } catch {
                        failures.append("\(error)")
                    }
                }
            }
            #expect(failures.all.isEmpty)
            let revisions = try windows[0].revisions(of: asyncio3)
            #expect(revisions.count == 2 * savesPerWindow)
            #expect(Set(revisions.map(\.number)) == Set(1...(2 * savesPerWindow)))
        }
    }
}

final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [String] = []
    func append(_ failure: String) { lock.withLock { failures.append(failure) } }
    var all: [String] { lock.withLock { failures } }
}
