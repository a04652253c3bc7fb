import Foundation
import GRDB

/// A marked question: `m` in the browser.
public struct Bookmark: Sendable, Equatable {
    public var key: NoteKey
    /// The title as written when it was marked (what an orphan is shown by).
    public var title: String
    public var createdAt: Date

    public init(key: NoteKey, title: String, createdAt: Date) {
        self.key = key
        self.title = title
        self.createdAt = createdAt
    }
}

extension NotesStore {
    /// Every bookmark, oldest first.
    public func bookmarks() throws -> [Bookmark] {
        try read { db in
            // A database opened read-only is never migrated: one from before bookmarks has none.
            guard try db.tableExists("bookmark") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT chapterID, questionKey, questionTitle, createdAt FROM bookmark ORDER BY createdAt, chapterID, questionKey")
                .map { row in
                    Bookmark(key: NoteKey(chapterID: row[0], question: row[1]), title: row[2],
                             createdAt: Date(timeIntervalSince1970: row[3]))
                }
        }
    }

    /// Marks a question, or takes its mark away; marking a marked one keeps its first date.
    public func setBookmark(_ key: NoteKey, title: String, marked: Bool) throws {
        let now = now()
        try write { db in
            if marked {
                try db.execute(sql: """
                    INSERT INTO bookmark (chapterID, questionKey, questionTitle, createdAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT (chapterID, questionKey) DO UPDATE SET questionTitle = excluded.questionTitle
                    """, arguments: [key.chapterID, key.question, title, now.timeIntervalSince1970])
            } else {
                try db.execute(sql: "DELETE FROM bookmark WHERE chapterID = ? AND questionKey = ?",
                               arguments: [key.chapterID, key.question])
            }
        }
    }
}
