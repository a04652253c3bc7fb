import Chapter
import Foundation
import Testing
@testable import Notes

/// A store opened read-only shows the notes and refuses every write with a typed error,
/// leaving the database as it was.
@Suite struct ReadOnlyStoreTests {
    func readOnlyStore(in directory: String) -> NotesStore {
        NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle, access: .readOnly)
    }

    @Test func notesAreReadable() throws {
        try withTemporaryDirectory { root throws in
            let writer = store(in: root)
            let first = try savedRevision(writer.save(key: asyncio3, title: "Event loop", text: "первая", basedOn: nil))
            let second = try savedRevision(writer.save(key: asyncio3, title: "Event loop", text: "вторая", basedOn: first.id))
            _ = try writer.save(key: asyncio6, title: "Семафор", text: "про семафор", basedOn: nil)
            try writer.saveReadingPosition(ReadingPosition(chapterID: "04-asyncio", question: "q6", questionNumber: 6))
            writer.close()

            let reader = readOnlyStore(in: root)
            #expect(try reader.note(for: asyncio3)?.text == "вторая")
            #expect(try reader.note(for: asyncio3)?.revisionID == second.id)
            #expect(try reader.notes().map(\.key) == [asyncio3, asyncio6])
            #expect(try reader.revisions(of: asyncio3).map(\.text) == ["вторая", "первая"])
            #expect(try reader.readingPosition()?.question == "q6")
            #expect(try reader.export(format: .markdown).contains("про семафор"))
        }
    }

    @Test func everyWriteIsRefusedAndNothingChanges() throws {
        try withTemporaryDirectory { root throws in
            let writer = store(in: root)
            let first = try savedRevision(writer.save(key: asyncio3, title: "t", text: "как было", basedOn: nil))
            writer.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: writer.databasePath))

            let reader = readOnlyStore(in: root)
            let refusal = NotesError.openedReadOnly(path: reader.databasePath)
            #expect(throws: refusal) { try reader.save(key: asyncio3, title: "t", text: "новое", basedOn: first.id) }
            #expect(throws: refusal) { try reader.restore(first.id) }
            #expect(throws: refusal) { try reader.saveReadingPosition(ReadingPosition(chapterID: "04-asyncio", question: "q1")) }
            let export = NotesMarkdown.render([try #require(try reader.note(for: asyncio3))])
            #expect(throws: refusal) { try reader.importMarkdown(export, fileName: "x.md") }
            #expect(refusal.description == "notes are open read-only (\(reader.databasePath)): not saved")
            reader.close()

            #expect(try Data(contentsOf: URL(fileURLWithPath: writer.databasePath)) == before)
            #expect(try store(in: root).note(for: asyncio3)?.text == "как было")
        }
    }

    @Test func aMissingDatabaseReadsAsNoNotesAndNothingIsCreated() throws {
        try withTemporaryDirectory { root throws in
            let directory = root + "/never-created"
            let reader = readOnlyStore(in: directory)
            #expect(try reader.notes().isEmpty)
            #expect(try reader.note(for: asyncio3) == nil)
            #expect(!FileManager.default.fileExists(atPath: directory))
        }
    }

    @Test func aDamagedDatabaseIsReportedNotMoved() throws {
        try withTemporaryDirectory { root throws in
            let path = root + "/" + DataDirectory.databaseFileName
            let garbage = Data(String(repeating: "не база данных\n", count: 300).utf8)
            try garbage.write(to: URL(fileURLWithPath: path))
            let reader = readOnlyStore(in: root)
            #expect(throws: NotesError.self) { try reader.notes() }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root) == [DataDirectory.databaseFileName])
        }
    }
}
