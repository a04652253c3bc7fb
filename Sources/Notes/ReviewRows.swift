import GRDB

/// The SQL behind the review log, inside the caller's transaction.
enum ReviewRows {
    private static let columns = """
        chapterID, questionKey, questionTitle, reviewedAt, rating, elapsed, stateBefore, stateAfter, \
        stepAfter, stabilityAfter, difficultyAfter, dueAfter, fuzzed
        """

    static func all(_ db: Database) throws -> [ReviewRecord] {
        // A cursor reads each row in place; fetchAll would copy every row first.
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM review ORDER BY chapterID, questionKey, reviewedAt")
        var records: [ReviewRecord] = []
        while let row = try rows.next() { records.append(record(from: row)) }
        return records
    }

    static func reviews(_ db: Database, chapterID: String, questionKey: String) throws -> [ReviewRecord] {
        try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM review WHERE chapterID = ? AND questionKey = ? ORDER BY reviewedAt
            """, arguments: [chapterID, questionKey]).map(record(from:))
    }

    /// Inserts unless the question has a review at that millisecond; returns whether it did.
    @discardableResult
    static func insert(_ db: Database, _ record: ReviewRecord) throws -> Bool {
        try db.execute(sql: """
            INSERT OR IGNORE INTO review (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                record.chapterID, record.questionKey, record.questionTitle, record.reviewedAt, record.rating,
                record.elapsed, record.stateBefore, record.stateAfter, record.stepAfter, record.stabilityAfter,
                record.difficultyAfter, record.dueAfter, record.fuzzed,
            ])
        return db.changesCount > 0
    }

    private static func record(from row: Row) -> ReviewRecord {
        ReviewRecord(
            chapterID: row[0], questionKey: row[1], questionTitle: row[2], reviewedAt: row[3], rating: row[4],
            elapsed: row[5], stateBefore: row[6], stateAfter: row[7], stepAfter: row[8], stabilityAfter: row[9],
            difficultyAfter: row[10], dueAfter: row[11], fuzzed: row[12])
    }
}
