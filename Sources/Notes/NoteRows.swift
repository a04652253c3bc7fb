import Foundation
import GRDB

/// The SQL behind `NotesStore`: reads and writes rows inside the caller's transaction.
enum NoteRows {
    private static let revisionColumns =
        "id, chapterID, questionKey, number, questionTitle, text, kind, restoredFrom, createdAt"

    static func currentRevision(_ db: Database, _ key: NoteKey) throws -> Revision? {
        try Row.fetchOne(db, sql: """
            SELECT \(prefixed("r")) FROM note n JOIN revision r ON r.id = n.currentRevisionID
            WHERE n.chapterID = ? AND n.questionKey = ?
            """, arguments: [key.chapterID, key.question]).map(revision(from:))
    }

    /// The note's current revision id, and whether its text equals `text` byte for byte,
    /// without loading the text into Swift (it may be a 10,000-line note).
    static func currentState(_ db: Database, _ key: NoteKey, comparedWith text: String) throws -> (id: RevisionID, holdsSameText: Bool)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT n.currentRevisionID AS id, r.text = ? AS same
            FROM note n JOIN revision r ON r.id = n.currentRevisionID
            WHERE n.chapterID = ? AND n.questionKey = ?
            """, arguments: [text, key.chapterID, key.question]) else { return nil }
        return (RevisionID(row["id"]), row["same"])
    }

    /// A revision that must exist (a note's current one, say): its absence is a damaged database.
    static func existingRevision(_ db: Database, _ id: RevisionID) throws -> Revision {
        guard let revision = try revision(db, id) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "revision \(id) is missing")
        }
        return revision
    }

    static func nonEmptyNotes(_ db: Database) throws -> [Note] {
        try Row.fetchAll(db, sql: """
            SELECT \(prefixed("r")) FROM note n JOIN revision r ON r.id = n.currentRevisionID
            WHERE r.text <> '' ORDER BY n.chapterID, n.questionKey
            """).map { note(from: revision(from: $0)) }
    }

    static func revisions(_ db: Database, _ key: NoteKey) throws -> [Revision] {
        try Row.fetchAll(db, sql: """
            SELECT \(revisionColumns) FROM revision
            WHERE chapterID = ? AND questionKey = ? ORDER BY id DESC
            """, arguments: [key.chapterID, key.question]).map(revision(from:))
    }

    static func revision(_ db: Database, _ id: RevisionID) throws -> Revision? {
        try Row.fetchOne(db, sql: "SELECT \(revisionColumns) FROM revision WHERE id = ?",
                         arguments: [id.rawValue]).map(revision(from:))
    }

    /// Appends a revision, numbered after the note's last one. Does not make it current.
    static func insertRevision(
        _ db: Database, key: NoteKey, title: String, text: String, kind: RevisionKind, at date: Date
    ) throws -> Revision {
        let number = try Int.fetchOne(db, sql: """
            SELECT COALESCE(MAX(number), 0) + 1 FROM revision WHERE chapterID = ? AND questionKey = ?
            """, arguments: [key.chapterID, key.question]) ?? 1
        let restoredFrom: Int64? = if case .restore(let from) = kind { from.rawValue } else { nil }
        try db.execute(sql: """
            INSERT INTO revision (chapterID, questionKey, number, questionTitle, text, kind, restoredFrom, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [key.chapterID, key.question, number, title, text,
                             kind.storedName, restoredFrom, date.timeIntervalSince1970])
        return Revision(id: RevisionID(db.lastInsertedRowID), key: key, number: number,
                        questionTitle: title, text: text, kind: kind, createdAt: date)
    }

    static func makeCurrent(_ db: Database, _ revision: Revision) throws {
        try db.execute(sql: """
            INSERT INTO note (chapterID, questionKey, currentRevisionID) VALUES (?, ?, ?)
            ON CONFLICT (chapterID, questionKey) DO UPDATE SET currentRevisionID = excluded.currentRevisionID
            """, arguments: [revision.key.chapterID, revision.key.question, revision.id.rawValue])
    }

    static func reattach(_ db: Database, _ orphan: NoteKey, to target: NoteKey) throws {
        guard try currentRevision(db, orphan) != nil else { throw NotesError.noNote(orphan.description) }
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE chapterID = ? AND questionKey = ?",
                            arguments: [target.chapterID, target.question]) ?? 0 > 0 {
            throw NotesError.targetHasNote(target.description)
        }
        for table in ["revision", "note"] {
            try db.execute(sql: "UPDATE \(table) SET chapterID = ?, questionKey = ? WHERE chapterID = ? AND questionKey = ?",
                           arguments: [target.chapterID, target.question, orphan.chapterID, orphan.question])
        }
    }

    static func readingPosition(_ db: Database) throws -> ReadingPosition? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT chapterID, questionKey, paneScroll FROM readingPosition WHERE id = 1
            """) else { return nil }
        let scrollJSON: String = row["paneScroll"]
        // A scroll map that no longer decodes is not worth failing over: start at the top.
        let scroll = (try? JSONDecoder().decode([String: Int].self, from: Data(scrollJSON.utf8))) ?? [:]
        return ReadingPosition(chapterID: row["chapterID"], question: row["questionKey"], paneScroll: scroll)
    }

    static func saveReadingPosition(_ db: Database, _ position: ReadingPosition, at date: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let scroll = String(decoding: try encoder.encode(position.paneScroll), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO readingPosition (id, chapterID, questionKey, paneScroll, updatedAt) VALUES (1, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET chapterID = excluded.chapterID, questionKey = excluded.questionKey,
                paneScroll = excluded.paneScroll, updatedAt = excluded.updatedAt
            """, arguments: [position.chapterID, position.question, scroll, date.timeIntervalSince1970])
    }

    // MARK: Rows to values

    static func note(from revision: Revision) -> Note {
        Note(key: revision.key, questionTitle: revision.questionTitle, text: revision.text,
             revisionID: revision.id, revisionNumber: revision.number, updatedAt: revision.createdAt)
    }

    private static func revision(from row: Row) -> Revision {
        let kindName: String = row["kind"]
        let restoredFrom: Int64? = row["restoredFrom"]
        let kind: RevisionKind = switch kindName {
        case "restore": .restore(from: RevisionID(restoredFrom ?? 0))
        case "conflict": .conflict
        case "import": .import
        default: .edit
        }
        return Revision(
            id: RevisionID(row["id"]),
            key: NoteKey(chapterID: row["chapterID"], question: row["questionKey"]),
            number: row["number"], questionTitle: row["questionTitle"], text: row["text"], kind: kind,
            createdAt: Date(timeIntervalSince1970: row["createdAt"]))
    }

    private static func prefixed(_ table: String) -> String {
        revisionColumns.split(separator: ", ").map { "\(table).\($0)" }.joined(separator: ", ")
    }
}

extension RevisionKind {
    /// The `kind` column's value.
    var storedName: String {
        switch self {
        case .edit: "edit"
        case .restore: "restore"
        case .conflict: "conflict"
        case .import: "import"
        }
    }
}
