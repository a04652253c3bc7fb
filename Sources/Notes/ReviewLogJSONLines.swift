import Foundation

/// The review log as JSON Lines, one review a line, keys sorted:
/// `{"chapter", "question" (the key), "title", "time", "rating", "elapsed" (seconds, absent
/// for a question's first review), "stateBefore", "stateAfter", "step" (absent when none),
/// "stability", "difficulty", "due", "fuzzed"}`; times in ISO 8601, UTC, milliseconds.
public enum ReviewLogJSONLines {
    struct Line: Codable, Equatable {
        var chapter: String
        var question: String
        var title: String
        var time: String
        var rating: String
        var elapsed: Double?
        var stateBefore: String
        var stateAfter: String
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: String
        var fuzzed: Bool
    }

    public static func render(_ records: [ReviewRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var document = ""
        for record in records {
            let line = Line(
                chapter: record.chapterID, question: record.questionKey, title: record.questionTitle,
                time: UTCTimestamp.string(milliseconds: record.reviewedAt), rating: record.rating,
                elapsed: record.elapsed.map { Double($0) / 1000 }, stateBefore: record.stateBefore,
                stateAfter: record.stateAfter, step: record.stepAfter, stability: record.stabilityAfter,
                difficulty: record.difficultyAfter, due: UTCTimestamp.string(milliseconds: record.dueAfter),
                fuzzed: record.fuzzed)
            // Encoding plain strings, numbers and booleans cannot fail.
            document += String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self) + "\n"
        }
        return document
    }

    /// The records of a document; blank lines are skipped. Throws `malformedImport` naming
    /// the first bad line.
    public static func parse(_ document: String, fileName: String) throws -> [ReviewRecord] {
        let decoder = JSONDecoder()
        var records: [ReviewRecord] = []
        for (index, text) in document.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            func failure(_ problem: String) -> NotesError {
                .malformedImport(file: fileName, line: index + 1, problem: problem)
            }
            let line: Line
            do {
                line = try decoder.decode(Line.self, from: Data(trimmed.utf8))
            } catch DecodingError.keyNotFound(let key, _) {
                throw failure("no \"\(key.stringValue)\" in this review")
            } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
                throw failure("\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type")
            } catch {
                throw failure("not a JSON object (a review log has one review per line)")
            }
            guard let time = UTCTimestamp.milliseconds(parsing: line.time) else {
                throw failure("time '\(line.time)' is not ISO 8601 (2026-12-01T20:00:00.000Z)")
            }
            guard let due = UTCTimestamp.milliseconds(parsing: line.due) else {
                throw failure("due '\(line.due)' is not ISO 8601 (2026-12-01T20:00:00.000Z)")
            }
            let record = ReviewRecord(
                chapterID: line.chapter, questionKey: line.question, questionTitle: line.title, reviewedAt: time,
                rating: line.rating, elapsed: line.elapsed.map { Int64(($0 * 1000).rounded()) },
                stateBefore: line.stateBefore, stateAfter: line.stateAfter, stepAfter: line.step,
                stabilityAfter: line.stability, difficultyAfter: line.difficulty, dueAfter: due, fuzzed: line.fuzzed)
            if let problem = record.problem { throw failure(problem) }
            records.append(record)
        }
        return records
    }
}
