/// The review log: every grade of every question, appended, never changed.
extension NotesStore {
    /// Appends one review of a question in one transaction. `make` is given the question's
    /// reviews so far (oldest first) and returns the record to append, whose `elapsed` the
    /// store fills in from the review before it. A review at a millisecond the question
    /// already has writes nothing (`.duplicate`).
    public func appendReview(
        chapterID: String, questionKey: String, _ make: (_ logged: [ReviewRecord]) -> ReviewRecord
    ) throws -> ReviewAppendOutcome {
        try write { db in
            let logged = try ReviewRows.reviews(db, chapterID: chapterID, questionKey: questionKey)
            var record = make(logged)
            if record.chapterID != chapterID || record.questionKey != questionKey {
                throw NotesError.storage(path: databasePath, reason: "review: the record names another question")
            }
            if let problem = record.problem { throw NotesError.storage(path: databasePath, reason: "review: \(problem)") }
            if let existing = logged.first(where: { $0.reviewedAt == record.reviewedAt }) {
                return .duplicate(existing)
            }
            record.elapsed = logged.last(where: { $0.reviewedAt < record.reviewedAt }).map { record.reviewedAt - $0.reviewedAt }
            try ReviewRows.insert(db, record)
            return .appended(record)
        }
    }

    /// Every review, ordered by chapter, question key and time: ready to fold per card.
    public func reviews() throws -> [ReviewRecord] {
        try read { db in try ReviewRows.all(db) }
    }

    /// One question's reviews, oldest first.
    public func reviews(chapterID: String, questionKey: String) throws -> [ReviewRecord] {
        try read { db in try ReviewRows.reviews(db, chapterID: chapterID, questionKey: questionKey) }
    }

    /// The log as JSON Lines (`ReviewLogJSONLines`), oldest review first within each question.
    public func exportReviewLog() throws -> String {
        ReviewLogJSONLines.render(try reviews())
    }

    /// Reads a log written by `exportReviewLog` and adds the reviews the database lacks, in
    /// one transaction: a malformed line imports nothing. `fileName` names the file in errors.
    public func importReviewLog(_ document: String, fileName: String) throws -> ReviewImportReport {
        let records = try ReviewLogJSONLines.parse(document, fileName: fileName)
        return try write { db in
            var report = ReviewImportReport()
            for record in records {
                if try ReviewRows.insert(db, record) {
                    report.imported += 1
                } else {
                    report.alreadyPresent += 1
                }
            }
            return report
        }
    }
}
