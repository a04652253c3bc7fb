import GRDB

/// The database's tables, built by GRDB's migrator. A migration, once shipped, never
/// changes: later versions append new ones.
enum NotesSchema {
    /// `questionKey` normalises a stored question title into its key (v2 needs it).
    static func migrator(questionKey: @escaping QuestionKeyFunction) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: notes, revisions, reading position") { db in
            // Every saved state of every note. Rows are only ever inserted. AUTOINCREMENT
            // keeps ids growing, which the conflict check compares.
            try db.execute(sql: """
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
                """)
            // One row per note: which revision is current.
            try db.execute(sql: """
                CREATE TABLE note (
                    chapterID TEXT NOT NULL,
                    questionNumber INTEGER NOT NULL,
                    currentRevisionID INTEGER NOT NULL REFERENCES revision(id),
                    PRIMARY KEY (chapterID, questionNumber)
                ) WITHOUT ROWID;
                """)
            // A single row: where the reader was.
            try db.execute(sql: """
                CREATE TABLE readingPosition (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    chapterID TEXT NOT NULL,
                    questionNumber INTEGER NOT NULL,
                    paneScroll TEXT NOT NULL,
                    updatedAt REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: stable question identity") { db in
            try StableIdentityMigration.run(db, questionKey: questionKey)
        }
        ReviewLogSchema.register(in: &migrator)
        BookmarkSchema.register(in: &migrator)
        return migrator
    }
}

/// v1 keyed everything by question number; v2 by chapter id and normalised title. A
/// note's key comes from the title its current revision was saved under (the newest
/// revision's, for a note never made current); every revision keeps its id, number, text
/// and stored title. Two notes of one chapter with the same title get " #2", " #3" in
/// question order, as the content model keys repeated titles.
enum StableIdentityMigration {
    static func run(_ db: Database, questionKey: QuestionKeyFunction) throws {
        let notes = try Row.fetchAll(db, sql: """
            SELECT r.chapterID, r.questionNumber,
                COALESCE(
                    (SELECT c.questionTitle FROM note n JOIN revision c ON c.id = n.currentRevisionID
                     WHERE n.chapterID = r.chapterID AND n.questionNumber = r.questionNumber),
                    (SELECT l.questionTitle FROM revision l
                     WHERE l.chapterID = r.chapterID AND l.questionNumber = r.questionNumber ORDER BY l.id DESC LIMIT 1)
                ) AS title
            FROM revision r GROUP BY r.chapterID, r.questionNumber ORDER BY r.chapterID, r.questionNumber
            """)
        try db.execute(sql: "CREATE TEMP TABLE questionKeyMap (chapterID TEXT, questionNumber INTEGER, questionKey TEXT, PRIMARY KEY (chapterID, questionNumber))")
        var seen: [String: [String: Int]] = [:]
        for row in notes {
            let chapterID: String = row["chapterID"]
            let normalized = questionKey(row["title"] ?? "")
            let count = (seen[chapterID]?[normalized] ?? 0) + 1
            seen[chapterID, default: [:]][normalized] = count
            try db.execute(sql: "INSERT INTO questionKeyMap VALUES (?, ?, ?)", arguments: [
                chapterID, row["questionNumber"] as Int, count == 1 ? normalized : "\(normalized) #\(count)"])
        }
        try db.execute(sql: """
            CREATE TABLE newRevision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                chapterID TEXT NOT NULL,
                questionKey TEXT NOT NULL,
                number INTEGER NOT NULL,
                questionTitle TEXT NOT NULL,
                text TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('edit', 'restore', 'conflict', 'import')),
                restoredFrom INTEGER REFERENCES newRevision(id),
                createdAt REAL NOT NULL,
                UNIQUE (chapterID, questionKey, number)
            );
            INSERT INTO newRevision (id, chapterID, questionKey, number, questionTitle, text, kind, restoredFrom, createdAt)
                SELECT r.id, r.chapterID, k.questionKey, r.number, r.questionTitle, r.text, r.kind, r.restoredFrom, r.createdAt
                FROM revision r JOIN questionKeyMap k ON k.chapterID = r.chapterID AND k.questionNumber = r.questionNumber;
            CREATE TABLE newNote (
                chapterID TEXT NOT NULL,
                questionKey TEXT NOT NULL,
                currentRevisionID INTEGER NOT NULL REFERENCES newRevision(id),
                PRIMARY KEY (chapterID, questionKey)
            ) WITHOUT ROWID;
            INSERT INTO newNote (chapterID, questionKey, currentRevisionID)
                SELECT n.chapterID, k.questionKey, n.currentRevisionID
                FROM note n JOIN questionKeyMap k ON k.chapterID = n.chapterID AND k.questionNumber = n.questionNumber;
            CREATE TABLE newReadingPosition (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                chapterID TEXT NOT NULL,
                questionKey TEXT NOT NULL,
                paneScroll TEXT NOT NULL,
                updatedAt REAL NOT NULL
            );
            -- A position on a question without a note has no title to key it by: it keeps
            -- its chapter, with an empty key that matches no question.
            INSERT INTO newReadingPosition (id, chapterID, questionKey, paneScroll, updatedAt)
                SELECT p.id, p.chapterID, COALESCE(k.questionKey, ''), p.paneScroll, p.updatedAt
                FROM readingPosition p LEFT JOIN questionKeyMap k
                    ON k.chapterID = p.chapterID AND k.questionNumber = p.questionNumber;
            DROP TABLE note;
            DROP TABLE readingPosition;
            DROP TABLE revision;
            ALTER TABLE newRevision RENAME TO revision;
            ALTER TABLE newNote RENAME TO note;
            ALTER TABLE newReadingPosition RENAME TO readingPosition;
            DROP TABLE questionKeyMap;
            """)
    }
}
