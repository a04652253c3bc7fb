import Foundation
import Testing
@testable import Notes

/// A read-only directory or a full disk: a typed error with a clear message, and nothing
/// half-written. Root ignores file modes, so as root (as in CI here) the read-only cases
/// use places no one can write: a path under a regular file, and /proc.
@Suite struct UnwritableStorageTests {
    static let isRoot = geteuid() == 0

    @Test func aDirectoryUnderARegularFileCannotBeCreated() throws {
        try withTemporaryDirectory { root throws in
            let blocker = root + "/not-a-directory"
            #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
            let notes = store(in: blocker + "/data")
            do {
                _ = try notes.save(key: asyncio3, title: "t", text: "не потерять", basedOn: nil)
                Issue.record("the save should have failed")
            } catch let error as NotesError {
                guard case .cannotCreateDirectory(let path, _) = error else {
                    Issue.record("unexpected error \(error)")
                    return
                }
                #expect(path == blocker + "/data")
                #expect(error.description.contains(blocker))
            }

            // The caller kept the text; once the way is clear the same store saves it.
            try FileManager.default.removeItem(atPath: blocker)
            _ = try savedRevision(notes.save(key: asyncio3, title: "t", text: "не потерять", basedOn: nil))
        }
    }

    @Test func theDataDirectoryBeingAFileIsReported() throws {
        try withTemporaryDirectory { root throws in
            let file = root + "/file"
            #expect(FileManager.default.createFile(atPath: file, contents: nil))
            #expect(throws: NotesError.cannotCreateDirectory(path: file, reason: "a file is in the way")) {
                try store(in: file).open()
            }
        }
    }

    @Test func procRefusesEvenRoot() {
        let notes = store(in: "/proc/sobes-notes-test/data")
        #expect(throws: NotesError.self) {
            try notes.save(key: asyncio3, title: "t", text: "x", basedOn: nil)
        }
    }

    @Test(.enabled(if: !UnwritableStorageTests.isRoot, "root writes into 0500 directories"))
    func aReadOnlyDirectoryIsReportedAsReadOnly() throws {
        try withTemporaryDirectory { root throws in
            let directory = root + "/data"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            #expect(chmod(directory, 0o500) == 0)
            defer { chmod(directory, 0o700) }
            #expect(throws: NotesError.readOnly(path: directory)) {
                try store(in: directory).save(key: asyncio3, title: "t", text: "x", basedOn: nil)
            }
        }
    }

    /// A full disk, simulated with SQLite's own size cap (a real one would need a tiny
    /// file system, which tests cannot mount).
    @Test func aFullDiskFailsTheSaveAndKeepsTheOldText() throws {
        try withTemporaryDirectory { root throws in
            let notes = store(in: root)
            let first = try savedRevision(notes.save(key: asyncio3, title: "t", text: "старый", basedOn: nil))
            try notes.limitPageCount(to: 1)
            let big = String(repeating: "новый текст, которому нет места\n", count: 2000)
            #expect(throws: NotesError.diskFull(path: root)) {
                try notes.save(key: asyncio3, title: "t", text: big, basedOn: first.id)
            }
            #expect(try notes.note(for: asyncio3)?.text == "старый")
            #expect(try notes.revisions(of: asyncio3).count == 1)
            #expect(NotesError.diskFull(path: root).description.contains("disk is full"))
        }
    }
}
