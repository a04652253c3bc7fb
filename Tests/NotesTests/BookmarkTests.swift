import Foundation
import GRDB
import Testing
@testable import Notes

@Suite struct BookmarkTests {
    @Test func markUnmarkAndMarkAgainKeepsTheFirstDate() throws {
        try withTemporaryDirectory { directory throws in
            let clock = TestClock()
            let notes = store(in: directory, clock: clock)
            try notes.setBookmark(asyncio3, title: "Вопрос три", marked: true)
            clock.advance(by: 60)
            try notes.setBookmark(asyncio6, title: "Вопрос шесть", marked: true)
            try notes.setBookmark(asyncio3, title: "Вопрос три, переименован", marked: true)
            #expect(try notes.bookmarks() == [
                Bookmark(key: asyncio3, title: "Вопрос три, переименован", createdAt: Date(timeIntervalSince1970: 1_795_000_000)),
                Bookmark(key: asyncio6, title: "Вопрос шесть", createdAt: Date(timeIntervalSince1970: 1_795_000_060)),
            ])
            try notes.setBookmark(asyncio3, title: "", marked: false)
            #expect(try notes.bookmarks().map(\.key) == [asyncio6])
            // They outlive the process: a new store on the same file reads them.
            #expect(try store(in: directory).bookmarks().map(\.key) == [asyncio6])
        }
    }

    /// A database as the current release writes it (every migration before bookmarks) gains
    /// the table; its notes and reviews stay.
    @Test func theMigrationUpgradesTheCurrentSchema() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/" + DataDirectory.databaseFileName
            let queue = try DatabaseQueue(path: path)
            try NotesSchema.migrator(questionKey: { $0 }).migrate(queue, upTo: ReviewLogSchema.migrationName)
            try queue.write { db in
                #expect(try !db.tableExists("bookmark"))
                try db.execute(sql: """
                    INSERT INTO revision (chapterID, questionKey, number, questionTitle, text, kind, createdAt)
                    VALUES ('04-asyncio', 'q3', 1, 'q3', 'старая заметка', 'edit', 0);
                    INSERT INTO note VALUES ('04-asyncio', 'q3', 1);
                    """)
            }
            try queue.close()
            let notes = store(in: directory)
            #expect(try notes.bookmarks().isEmpty)
            try notes.setBookmark(asyncio3, title: "q3", marked: true)
            #expect(try notes.bookmarks().map(\.key) == [asyncio3])
            #expect(try notes.note(for: asyncio3)?.text == "старая заметка")
        }
    }

    @Test func aReadOnlyStoreOnAnOldDatabaseHasNoBookmarks() throws {
        try withTemporaryDirectory { directory throws in
            let queue = try DatabaseQueue(path: directory + "/" + DataDirectory.databaseFileName)
            try NotesSchema.migrator(questionKey: { $0 }).migrate(queue, upTo: ReviewLogSchema.migrationName)
            try queue.close()
            let notes = NotesStore(directory: directory, questionKey: { $0 }, access: .readOnly)
            #expect(try notes.bookmarks().isEmpty)
        }
    }
}
