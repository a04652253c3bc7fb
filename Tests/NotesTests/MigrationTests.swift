import Foundation
import GRDB
import Testing
@testable import Notes

/// A database written by the number-keyed v1 schema opens keyed by title, every revision
/// kept; a database from a newer sobes is refused and left as it was.
@Suite struct MigrationTests {
    /// The v1 schema exactly as it shipped.
    static let versionOneSQL = """
        CREATE TABLE revision (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chapterID TEXT NOT NULL,
            questionNumber INTEGER NOT NULL,
            number INTEGER NOT NULL,
            questionTitle TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'restore', 'conflict', 'import')),
            restoredFrom INTEGER REFERENCES revision(id),
            createdAt REAL NOT NULL,
            UNIQUE (chapterID, questionNumber, number)
        );
        CREATE TABLE note (
            chapterID TEXT NOT NULL,
            questionNumber INTEGER NOT NULL,
            currentRevisionID INTEGER NOT NULL REFERENCES revision(id),
            PRIMARY KEY (chapterID, questionNumber)
        ) WITHOUT ROWID;
        CREATE TABLE readingPosition (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            chapterID TEXT NOT NULL,
            questionNumber INTEGER NOT NULL,
            paneScroll TEXT NOT NULL,
            updatedAt REAL NOT NULL
        );
        """

    /// Builds `notes.sqlite` in `directory` with v1's schema and rows: question 3 has two
    /// edits and a restore (saved under an older title first), question 5 a conflict
    /// revision beside its current one, question 8 shares question 3's title.
    static func makeVersionOneDatabase(in directory: String, extraMigration: String? = nil) throws {
        let queue = try DatabaseQueue(path: directory + "/notes.sqlite")
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: notes, revisions, reading position") { db in
            try db.execute(sql: versionOneSQL)
        }
        if let extraMigration {
            migrator.registerMigration(extraMigration) { db in try db.execute(sql: "CREATE TABLE future (x)") }
        }
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO revision VALUES (1, '04-asyncio', 3, 1, 'Как работает event-loop?', 'первая', 'edit', NULL, 100);
                INSERT INTO revision VALUES (2, '04-asyncio', 3, 2, 'Как работает event loop?', 'вторая', 'edit', NULL, 200);
                INSERT INTO revision VALUES (3, '04-asyncio', 5, 1, 'Что такое Task', 'мой текст', 'edit', NULL, 300);
                INSERT INTO revision VALUES (4, '04-asyncio', 5, 2, 'Что такое Task', 'из другого окна', 'conflict', NULL, 400);
                INSERT INTO revision VALUES (5, '04-asyncio', 3, 3, 'Как работает event loop?', 'первая', 'restore', 1, 500);
                INSERT INTO revision VALUES (6, '04-asyncio', 8, 1, 'Как работает event loop?', 'повтор', 'edit', NULL, 600);
                INSERT INTO note VALUES ('04-asyncio', 3, 5);
                INSERT INTO note VALUES ('04-asyncio', 5, 3);
                INSERT INTO note VALUES ('04-asyncio', 8, 6);
                INSERT INTO readingPosition VALUES (1, '04-asyncio', 5, '{"answer":12}', 700);
                """)
        }
        try queue.close()
    }

    @Test func versionOneMigratesWithEveryRevision() throws {
        try withTemporaryDirectory { directory in
            try Self.makeVersionOneDatabase(in: directory)
            let notes = store(in: directory)
            let loop = NoteKey(chapterID: "04-asyncio", question: "как работает event loop")
            let task = NoteKey(chapterID: "04-asyncio", question: "что такое task")
            let repeated = NoteKey(chapterID: "04-asyncio", question: "как работает event loop #2")
            #expect(try notes.notes().map(\.key) == [loop, repeated, task])
            #expect(try notes.note(for: loop)?.text == "первая")
            #expect(try notes.note(for: repeated)?.text == "повтор")
            let loopRevisions = try notes.revisions(of: loop)
            #expect(loopRevisions.map(\.id) == [RevisionID(5), RevisionID(2), RevisionID(1)])
            #expect(loopRevisions.map(\.number) == [3, 2, 1])
            #expect(loopRevisions.last?.questionTitle == "Как работает event-loop?")
            #expect(loopRevisions.first?.kind == .restore(from: RevisionID(1)))
            #expect(try notes.revisions(of: task).map(\.kind) == [.conflict, .edit])
            #expect(try notes.readingPosition() == ReadingPosition(chapterID: "04-asyncio", question: "что такое task",
                                                                   paneScroll: ["answer": 12]))
            // Ids keep growing after the migration: the conflict check relies on it.
            let saved = try savedRevision(notes.save(key: task, title: "Что такое Task", text: "новый", basedOn: RevisionID(3)))
            #expect(saved.id > RevisionID(6))
            #expect(saved.number == 3)
        }
    }

    @Test func aNewerDatabaseIsRefusedAndLeftAlone() throws {
        try withTemporaryDirectory { directory in
            try Self.makeVersionOneDatabase(in: directory, extraMigration: "v9: from the future")
            let path = directory + "/notes.sqlite"
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let notes = store(in: directory)
            #expect(throws: NotesError.newerDatabase(path: path)) { try notes.notes() }
            #expect(throws: NotesError.newerDatabase(path: path)) {
                _ = try notes.save(key: asyncio3, title: "t", text: "x", basedOn: nil)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["notes.sqlite"])
            #expect(NotesError.newerDatabase(path: path).description.contains("newer sobes"))
        }
    }
}
