import GRDB

/// The database's tables, built by GRDB's migrator. A migration, once shipped, never
/// changes: later versions append new ones.
enum NotesSchema {
    static var migrator: DatabaseMigrator {
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
        ReviewLogSchema.register(in: &migrator)
        return migrator
    }
}
