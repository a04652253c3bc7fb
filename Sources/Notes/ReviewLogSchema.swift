import GRDB

/// The review log's table. Its own migration, touching no other table, so it applies in
/// any order with the migrations beside it.
enum ReviewLogSchema {
    static let migrationName = "v3: review log"

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration(migrationName) { db in
            // One row per grade, only ever inserted: the cards are a fold over it. A review
            // is known by its question and its millisecond, so importing a log twice adds
            // nothing. The UNIQUE index also serves reading a question's reviews in order.
            try db.execute(sql: """
                CREATE TABLE review (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    chapterID TEXT NOT NULL,
                    questionKey TEXT NOT NULL,
                    questionTitle TEXT NOT NULL,
                    reviewedAt INTEGER NOT NULL,
                    rating TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
                    elapsed INTEGER CHECK (elapsed >= 0),
                    stateBefore TEXT NOT NULL CHECK (stateBefore IN ('new', 'learning', 'review', 'relearning')),
                    stateAfter TEXT NOT NULL CHECK (stateAfter IN ('learning', 'review', 'relearning')),
                    stepAfter INTEGER,
                    stabilityAfter REAL NOT NULL,
                    difficultyAfter REAL NOT NULL,
                    dueAfter INTEGER NOT NULL,
                    fuzzed INTEGER NOT NULL CHECK (fuzzed IN (0, 1)),
                    UNIQUE (chapterID, questionKey, reviewedAt)
                );
                """)
        }
    }
}
