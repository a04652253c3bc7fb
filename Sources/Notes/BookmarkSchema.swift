import GRDB

/// The bookmarks' table: its own migration, touching no other table.
enum BookmarkSchema {
    static let migrationName = "v4: bookmarks"

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration(migrationName) { db in
            // One row per marked question, keyed as notes are (chapter id and normalised
            // title), so renumbering moves no mark. The title as it was shown names an
            // orphan whose question is gone.
            try db.execute(sql: """
                CREATE TABLE bookmark (
                    chapterID TEXT NOT NULL,
                    questionKey TEXT NOT NULL,
                    questionTitle TEXT NOT NULL,
                    createdAt REAL NOT NULL,
                    PRIMARY KEY (chapterID, questionKey)
                ) WITHOUT ROWID;
                """)
        }
    }
}
