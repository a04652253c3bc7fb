import Foundation

/// The JSON export, for other programs:
/// `{"format": "sobes-notes", "version": 2, "notes": [{"chapter", "question", "title",
/// "text", "revision", "updatedAt"}]}`, keys sorted, dates in ISO 8601 (UTC); `question`
/// is the question's key (its normalised title).
public enum NotesJSON {
    struct Document: Codable, Equatable {
        var format = "sobes-notes"
        var version = 2
        var notes: [Entry]
    }

    struct Entry: Codable, Equatable {
        var chapter: String
        var question: String
        var title: String
        var text: String
        /// The revision's number within its note.
        var revision: Int
        var updatedAt: Date
    }

    public static func render(_ notes: [Note]) throws -> String {
        let document = Document(notes: notes.sorted(by: { $0.key < $1.key }).map {
            Entry(chapter: $0.key.chapterID, question: $0.key.question, title: $0.questionTitle,
                  text: $0.text, revision: $0.revisionNumber, updatedAt: $0.updatedAt)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
