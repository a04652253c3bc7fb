import Foundation
import Testing
@testable import Notes

@Suite struct NotesStoreTests {
    @Test func creatingAStoreTouchesNothing() throws {
        try withTemporaryDirectory { root throws in
            let directory = root + "/data"
            _ = store(in: directory)
            #expect(!FileManager.default.fileExists(atPath: directory))
        }
    }

    @Test func savedNoteReadsBack() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root + "/nested/data")
            #expect(try notes.note(for: asyncio3) == nil)
            let text = "Event loop — один поток.\nНе путать с потоками ОС.\n\n"
            let revision = try savedRevision(notes.save(key: asyncio3, title: "Как работает event loop?", text: text, basedOn: nil))
            #expect(revision.number == 1)
            #expect(revision.kind == .edit)

            // A second store on the same directory (the next run of the program) sees it.
            let reopened = store(in: root + "/nested/data")
            let note = try #require(try reopened.note(for: asyncio3))
            #expect(note.text.utf8.elementsEqual(text.utf8))
            #expect(note.questionTitle == "Как работает event loop?")
            #expect(note.revisionID == revision.id)
            #expect(try reopened.notes().map(\.key) == [asyncio3])
        }
    }

    @Test func directoryIs0700AndDatabaseFiles0600() throws {
        try withTemporaryDirectory { root throws in
            let directory = root + "/data"
            let notes = store(in: directory)
            _ = try notes.save(key: asyncio3, title: "t", text: "x", basedOn: nil)
            #expect(try fileMode(directory) == 0o700)
            #expect(try fileMode(notes.databasePath) == 0o600)
            #expect(try fileMode(notes.databasePath + "-wal") == 0o600)
        }
    }

    @Test func existingDatabaseWithWideModeIsNarrowed() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            _ = try notes.save(key: asyncio3, title: "t", text: "x", basedOn: nil)
            notes.close()
            #expect(chmod(notes.databasePath, 0o644) == 0)
            _ = try store(in: root).open()
            #expect(try fileMode(notes.databasePath) == 0o600)
        }
    }

    @Test func aSymlinkedDatabaseLeavesItsTargetsModeAlone() throws {
        try withTemporaryDirectory { root throws in
            let shared = root + "/shared.sqlite"
            #expect(FileManager.default.createFile(atPath: shared, contents: nil, attributes: [.posixPermissions: 0o640]))
            try FileManager.default.createDirectory(atPath: root + "/data", withIntermediateDirectories: true)
            let notes = store(in: root + "/data")
            #expect(symlink(shared, notes.databasePath) == 0)
            _ = try notes.save(key: asyncio3, title: "t", text: "через ссылку", basedOn: nil)
            notes.close()
            #expect(try fileMode(shared) == 0o640)
            #expect(try store(in: root + "/data").note(for: asyncio3)?.text == "через ссылку")
        }
    }

    @Test func everySaveAddsARevisionAndUnchangedTextAddsNone() throws {
        try withTemporaryDirectory { root throws in
            let clock = TestClock()
            let notes = store(in: root, clock: clock)
            let first = try savedRevision(notes.save(key: asyncio3, title: "t", text: "один", basedOn: nil))
            clock.advance(by: 5)
            let second = try savedRevision(notes.save(key: asyncio3, title: "t", text: "один два", basedOn: first.id))
            #expect(second.number == 2)
            #expect(second.createdAt == clock.now)

            let again = try notes.save(key: asyncio3, title: "t", text: "один два", basedOn: second.id)
            #expect(again == .unchanged(second))
            #expect(!again.wroteRevision)
            #expect(try notes.revisions(of: asyncio3).map(\.number) == [2, 1])
        }
    }

    @Test func emptyTextForAQuestionWithoutANoteWritesNothing() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            #expect(try notes.save(key: asyncio3, title: "t", text: "", basedOn: nil) == .unchanged(nil))
            #expect(try notes.revisions(of: asyncio3).isEmpty)
        }
    }

    @Test func canonicallyEquivalentTextIsStillAChange() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            let composed = "caf\u{E9}"
            let decomposed = "cafe\u{301}"
            #expect(composed == decomposed)  // Swift's == would call this unchanged
            let first = try savedRevision(notes.save(key: asyncio3, title: "t", text: composed, basedOn: nil))
            let second = try savedRevision(notes.save(key: asyncio3, title: "t", text: decomposed, basedOn: first.id))
            let stored = try #require(try notes.note(for: asyncio3))
            #expect(stored.revisionID == second.id)
            #expect(Array(stored.text.unicodeScalars) == Array(decomposed.unicodeScalars))
        }
    }

    @Test func clearingANoteKeepsItsHistoryButHidesItFromTheList() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            let first = try savedRevision(notes.save(key: asyncio3, title: "t", text: "x", basedOn: nil))
            _ = try savedRevision(notes.save(key: asyncio3, title: "t", text: "", basedOn: first.id))
            #expect(try notes.notes().isEmpty)
            #expect(try notes.revisions(of: asyncio3).count == 2)
        }
    }

    @Test func restoringARevisionIsANewRevision() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            let first = try savedRevision(notes.save(key: asyncio3, title: "t", text: "первый", basedOn: nil))
            let second = try savedRevision(notes.save(key: asyncio3, title: "t", text: "второй", basedOn: first.id))

            let restored = try savedRevision(notes.restore(first.id))
            #expect(restored.number == 3)
            #expect(restored.kind == .restore(from: first.id))
            #expect(restored.text == "первый")
            #expect(try notes.note(for: asyncio3)?.revisionID == restored.id)
            #expect(try notes.revisions(of: asyncio3).map(\.id) == [restored.id, second.id, first.id])
            #expect(try notes.revision(restored.id) == restored)

            // Restoring the text that is already current writes nothing.
            #expect(try notes.restore(first.id) == .unchanged(restored))
            #expect(throws: NotesError.unknownRevision(RevisionID(999))) { try notes.restore(RevisionID(999)) }
        }
    }

    @Test func readingPositionRoundTrips() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            #expect(try notes.readingPosition() == nil)
            let position = ReadingPosition(chapterID: "04-asyncio", question: "q7",
                                           paneScroll: ["list": 4, "answer": 120, "code": 0])
            try notes.saveReadingPosition(position)
            #expect(try store(in: root).readingPosition() == position)

            let later = ReadingPosition(chapterID: "05-db", question: "q1")
            try notes.saveReadingPosition(later)
            #expect(try store(in: root).readingPosition() == later)
        }
    }
}
