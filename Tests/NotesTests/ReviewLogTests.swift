import Foundation
import GRDB
import Testing
@testable import Notes

@Suite struct ReviewLogTests {
    static let start: Int64 = 1_795_000_000_000

    static func record(_ key: String = "как работает event loop", at time: Int64, rating: String = "good",
                       chapter: String = "04-asyncio", before: String = "new", after: String = "learning") -> ReviewRecord {
        ReviewRecord(chapterID: chapter, questionKey: key, questionTitle: "Как работает event loop?", reviewedAt: time,
                     rating: rating, elapsed: nil, stateBefore: before, stateAfter: after, stepAfter: 1,
                     stabilityAfter: 2.3065, difficultyAfter: 2.118103970459016, dueAfter: time + 600_000, fuzzed: false)
    }

    @Test func appendedReviewsReadBackInTimeOrderWithTheirElapsedTime() throws {
        try withTemporaryDirectory { directory throws in
            let notes = store(in: directory)
            let key = "как работает event loop"
            var seenEarlier: [[Int64]] = []
            for time in [Self.start, Self.start + 600_000, Self.start - 86_400_000] {
                let outcome = try notes.appendReview(chapterID: "04-asyncio", questionKey: key) { earlier in
                    seenEarlier.append(earlier.map(\.reviewedAt))
                    return Self.record(key, at: time)
                }
                guard case .appended = outcome else { Issue.record("not appended: \(outcome)"); return }
            }
            #expect(seenEarlier == [[], [Self.start], [Self.start, Self.start + 600_000]])
            let reviews = try notes.reviews(chapterID: "04-asyncio", questionKey: key)
            #expect(reviews.map(\.reviewedAt) == [Self.start - 86_400_000, Self.start, Self.start + 600_000])
            // Elapsed is measured back to the review before, at the time of appending.
            #expect(reviews.map(\.elapsed) == [nil, nil, 600_000])
            #expect(try notes.reviews(chapterID: "04-asyncio", questionKey: "другой") == [])
        }
    }

    @Test func aSecondReviewAtTheSameMillisecondWritesNothing() throws {
        try withTemporaryDirectory { directory throws in
            let notes = store(in: directory)
            let first = try notes.appendReview(chapterID: "04-asyncio", questionKey: "q") { _ in Self.record("q", at: Self.start) }
            let second = try notes.appendReview(chapterID: "04-asyncio", questionKey: "q") { _ in
                Self.record("q", at: Self.start, rating: "again")
            }
            guard case .appended(let written) = first, case .duplicate(let existing) = second else {
                Issue.record("\(first), \(second)"); return
            }
            #expect(existing == written)
            #expect(try notes.reviews().count == 1)
        }
    }

    @Test func badRecordsAreRefusedWithoutWriting() throws {
        try withTemporaryDirectory { directory throws in
            let notes = store(in: directory)
            #expect(throws: NotesError.self) {
                _ = try notes.appendReview(chapterID: "04-asyncio", questionKey: "q") { _ in
                    Self.record("q", at: Self.start, rating: "meh")
                }
            }
            #expect(throws: NotesError.self) {
                _ = try notes.appendReview(chapterID: "04-asyncio", questionKey: "q") { _ in Self.record("other", at: Self.start) }
            }
            #expect(try notes.reviews().isEmpty)
        }
    }

    @Test func exportThenImportRoundTripsAndTwiceAddsNothing() throws {
        try withTemporaryDirectory { root throws in
            let source = store(in: root + "/a")
            let times = [Self.start, Self.start + 1, Self.start + 86_400_123]
            for (index, time) in times.enumerated() {
                _ = try source.appendReview(chapterID: "04-asyncio", questionKey: "ёж: \"кавычки\"\tи таб") { _ in
                    Self.record("ёж: \"кавычки\"\tи таб", at: time, before: index == 0 ? "new" : "learning", after: "review")
                }
            }
            _ = try source.appendReview(chapterID: "07-git", questionKey: "rebase") { _ in
                Self.record("rebase", at: Self.start, rating: "again", chapter: "07-git")
            }
            let exported = try source.exportReviewLog()
            #expect(exported.split(separator: "\n").count == 4)
            #expect(exported.contains("\"time\":\"2026-11-18T11:06:40.001Z\""))

            let target = store(in: root + "/b")
            #expect(try target.importReviewLog(exported, fileName: "log.jsonl") == ReviewImportReport(imported: 4, alreadyPresent: 0))
            #expect(try target.reviews() == source.reviews())
            #expect(try target.exportReviewLog() == exported)
            #expect(try target.importReviewLog(exported, fileName: "log.jsonl") == ReviewImportReport(imported: 0, alreadyPresent: 4))
            #expect(try target.reviews().count == 4)
        }
    }

    @Test func aMalformedLineImportsNothingAndIsNamed() throws {
        try withTemporaryDirectory { directory throws in
            let notes = store(in: directory)
            let good = ReviewLogJSONLines.render([Self.record(at: Self.start)])
            let cases: [(String, String)] = [
                (good + "\nnot json\n", "log.jsonl:3: not a JSON object"),
                (good + good.replacingOccurrences(of: "\"good\"", with: "\"great\""), "log.jsonl:2: rating 'great'"),
                (good.replacingOccurrences(of: "T11:06:40.000Z\",\"title", with: "\",\"title"), "log.jsonl:1: time"),
                (good.replacingOccurrences(of: ",\"fuzzed\":false", with: ""), "log.jsonl:1: no \"fuzzed\""),
                (good.replacingOccurrences(of: "\"fuzzed\":false", with: "\"fuzzed\":\"no\""), "log.jsonl:1: \"fuzzed\" has the wrong type"),
            ]
            for (document, message) in cases {
                do {
                    _ = try notes.importReviewLog(document, fileName: "log.jsonl")
                    Issue.record("imported: \(document)")
                } catch let error as NotesError {
                    #expect(error.description.hasPrefix(message), "\(error)")
                }
            }
            #expect(try notes.reviews().isEmpty)
        }
    }

    /// The migration stands alone: a database made before it (v1 only) gains the table,
    /// and its notes stay.
    @Test func theMigrationUpgradesAVersionOneDatabase() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory + "/" + DataDirectory.databaseFileName
            let queue = try DatabaseQueue(path: path)
            try NotesSchema.migrator(questionKey: { $0 }).migrate(queue, upTo: "v1: notes, revisions, reading position")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO revision (chapterID, questionNumber, number, questionTitle, text, kind, createdAt)
                    VALUES ('04-asyncio', 3, 1, 'q3', 'старая заметка', 'edit', 0);
                    INSERT INTO note VALUES ('04-asyncio', 3, 1);
                    """)
            }
            try queue.close()
            let notes = store(in: directory)
            _ = try notes.appendReview(chapterID: "04-asyncio", questionKey: "q") { _ in Self.record("q", at: Self.start) }
            #expect(try notes.reviews().count == 1)
            #expect(try notes.note(for: asyncio3)?.text == "старая заметка")
            #expect(NotesSchema.migrator(questionKey: { $0 }).migrations.contains(ReviewLogSchema.migrationName))
        }
    }

    @Test func timestampsRoundTripAndReadOffsets() {
        for milliseconds: Int64 in [0, 1, 999, 951_782_400_000, 1_795_000_000_123, -1, -86_400_001, 4_102_444_800_000] {
            let text = UTCTimestamp.string(milliseconds: milliseconds)
            #expect(UTCTimestamp.milliseconds(parsing: text) == milliseconds, "\(text)")
        }
        #expect(UTCTimestamp.string(milliseconds: 951_782_400_000) == "2000-02-29T00:00:00.000Z")
        #expect(UTCTimestamp.secondsString(milliseconds: 1_795_000_000_999) == "2026-11-18T11:06:40Z")
        #expect(UTCTimestamp.milliseconds(parsing: "2026-11-18T14:06:40+03:00") == 1_795_000_000_000)
        #expect(UTCTimestamp.milliseconds(parsing: "2026-11-18T11:06:40.5Z") == 1_795_000_000_500)
        #expect(UTCTimestamp.milliseconds(parsing: "2026-11-18T11:06:40.123456Z") == 1_795_000_000_123)
        for bad in ["2026-11-19", "2026-11-18T11:06:40", "2026-02-30T00:00:00Z", "2026-11-19T24:00:00Z",
                    "2026-11-18T11:06:40Zjunk", "tomorrow", ""] {
            #expect(UTCTimestamp.milliseconds(parsing: bad) == nil, "\(bad)")
        }
    }
}
