import Foundation

/// The database id of one revision. Ids only grow (SQLite AUTOINCREMENT), so a larger id
/// is a later revision; the conflict check relies on that.
public struct RevisionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: RevisionID, rhs: RevisionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Why a revision was written.
public enum RevisionKind: Equatable, Sendable {
    /// The reader saved the editor (by hand or automatically).
    case edit
    /// The reader brought back an older revision's text.
    case restore(from: RevisionID)
    /// A save whose editor started from an older revision than the current one:
    /// kept so nothing is lost, but not made current (see `SaveOutcome.conflict`).
    case conflict
    /// Read from an export file by `import`.
    case `import`
}

/// One saved state of a note. Revisions are never changed or deleted.
public struct Revision: Equatable, Sendable, Identifiable {
    public var id: RevisionID
    public var key: NoteKey
    /// 1, 2, 3, ... within its note: what the reader sees in the revision list.
    public var number: Int
    public var questionTitle: String
    public var text: String
    public var kind: RevisionKind
    public var createdAt: Date

    public init(id: RevisionID, key: NoteKey, number: Int, questionTitle: String,
                text: String, kind: RevisionKind, createdAt: Date) {
        self.id = id
        self.key = key
        self.number = number
        self.questionTitle = questionTitle
        self.text = text
        self.kind = kind
        self.createdAt = createdAt
    }
}

/// A question's note as it stands: the text of its current revision.
public struct Note: Equatable, Sendable {
    public var key: NoteKey
    /// The question's title when the note was last saved, so a renamed or renumbered
    /// question can still be matched by a person.
    public var questionTitle: String
    public var text: String
    public var revisionID: RevisionID
    public var revisionNumber: Int
    public var updatedAt: Date

    public init(key: NoteKey, questionTitle: String, text: String,
                revisionID: RevisionID, revisionNumber: Int, updatedAt: Date) {
        self.key = key
        self.questionTitle = questionTitle
        self.text = text
        self.revisionID = revisionID
        self.revisionNumber = revisionNumber
        self.updatedAt = updatedAt
    }
}

extension String {
    /// Byte-for-byte equality. Swift's `==` treats canonically equivalent strings (é as one
    /// scalar or as e + accent) as equal; a note must be stored exactly as typed.
    func isIdentical(to other: String) -> Bool {
        var left = self
        var right = other
        // memcmp over the UTF-8 buffers: a generic element-by-element loop over a
        // 10,000-line note costs tens of milliseconds in a debug build.
        return left.withUTF8 { a in
            right.withUTF8 { b in
                a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }
}
