import Foundation

/// The JSON export, for other programs:
/// `{"schema": 1, "command": "notes export", "notes": [{"chapter", "key", "title", "text",
/// "revision", "updatedAt"}]}` (docs/json.md: the shape every command's json shares), keys
/// sorted, dates in ISO 8601 (UTC); `key` is the question's key (its normalised title).
public enum NotesJSON {
    struct Document: Encodable, Equatable {
        let schema = 1
        let command = "notes export"
        var notes: [Entry]
    }

    struct Entry: Encodable, Equatable {
        var chapter: String
        var key: String
        var title: String
        var text: String
        /// The revision's number within its note.
        var revision: Int
        var updatedAt: Date
    }

    public static func render(_ notes: [Note]) throws -> String {
        let document = Document(notes: notes.sorted(by: { $0.key < $1.key }).map {
            Entry(chapter: $0.key.chapterID, key: $0.key.question, title: $0.questionTitle,
                  text: $0.text, revision: $0.revisionNumber, updatedAt: $0.updatedAt)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
