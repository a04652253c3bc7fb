import Foundation
import GRDB

/// The reader's notes, their revisions, the reading position and the review log
/// (`NotesStore+Reviews`), in one SQLite database
/// (`notes.sqlite` in the data directory).
///
/// Creating a store costs nothing: no file is touched until the first call that needs the
/// database (or an explicit `open()`). So the program can create it before the first frame
/// and open it after, e.g. `Task.detached { try? store.open() }` once the first frame is on
/// screen, or simply on the first note it shows. Opening creates the directory (0700) and
/// the file (0600), checks the database and migrates it; a damaged database is moved aside
/// and `recovery` says so: show `recovery?.message` to the reader.
///
/// Every save is one transaction and adds a revision; revisions are never deleted. Errors
/// are `NotesError`s with one-line messages; after a failed save nothing was written, so
/// the caller keeps the text and may try again (a failed open is retried on the next call).
///
/// Opened `.readOnly`, the store reads an existing database without creating, checking,
/// migrating or moving anything (a missing one reads as no notes), and every write throws
/// `NotesError.openedReadOnly`: for a data directory the reader cannot write to.
///
/// Safe to use from any thread: calls are serialized.
public final class NotesStore: @unchecked Sendable {
    /// Whether the store may write.
    public enum Access: Sendable, Equatable { case readWrite, readOnly }

    /// The data directory.
    public let directory: String
    public let access: Access
    /// `directory/notes.sqlite`.
    public var databasePath: String { opener.databasePath }

    private let opener: DatabaseOpener
    let now: @Sendable () -> Date
    private let lock = NSLock()
    // Guarded by `lock`.
    private var queue: DatabaseQueue?
    private var openedRecovery: DatabaseRecovery?
    /// Set when a read-write store found its directory read-only and opened the database for
    /// reading instead: the notes still show, every write says why it cannot happen.
    private var readOnlyDirectory: String?

    /// Normalises a question title into the `question` of a `NoteKey`.
    public let questionKey: QuestionKeyFunction

    /// A store in `directory`; nothing is opened yet. `questionKey` is the content model's
    /// title normalisation (`QuestionKey.normalizedTitle`); `now` stamps revisions (tests fix it).
    public init(directory: String, questionKey: @escaping QuestionKeyFunction, access: Access = .readWrite,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.directory = directory
        self.access = access
        self.now = now
        self.questionKey = questionKey
        self.opener = DatabaseOpener(directory: directory, questionKey: questionKey, now: now)
    }

    /// A store where `--data DIR`, `SOBES_DATA_DIR` or `XDG_DATA_HOME` says (see
    /// `DataDirectory.resolve`).
    public convenience init(
        explicitDirectory: String?,
        questionKey: @escaping QuestionKeyFunction,
        access: Access = .readWrite,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.init(directory: try DataDirectory.resolve(explicit: explicitDirectory, environment: environment),
                  questionKey: questionKey, access: access)
    }

    /// Opens the database now if it is not open yet. Returns what was done about a damaged
    /// database, if anything (the same value `recovery` keeps).
    @discardableResult
    public func open() throws -> DatabaseRecovery? {
        _ = try database()
        return recovery
    }

    /// Set when opening found a damaged database and moved it aside.
    public var recovery: DatabaseRecovery? {
        lock.withLock { openedRecovery }
    }

    /// Closes the database; the next call opens it again.
    public func close() {
        lock.withLock {
            try? queue?.close()
            queue = nil
        }
    }

    // MARK: Notes

    /// The note of a question, if one was ever saved (its text may be empty).
    public func note(for key: NoteKey) throws -> Note? {
        try read { db in try NoteRows.currentRevision(db, key).map(NoteRows.note(from:)) }
    }

    /// Every note with text, ordered by chapter and question.
    public func notes() throws -> [Note] {
        try read { db in try NoteRows.nonEmptyNotes(db) }
    }

    /// Saves the editor's text as a new revision of the note.
    ///
    /// `basedOn` is the revision the editor's text descends from: the note's `revisionID`
    /// when the editor opened it (nil for a question without a note), then `nextBasis` of
    /// each outcome. If the note's current revision is newer than that, another window has
    /// saved in between: see `SaveOutcome.conflict`.
    ///
    /// A text equal to the current one (byte for byte) writes nothing.
    public func save(key: NoteKey, title: String, text: String, basedOn: RevisionID?) throws -> SaveOutcome {
        let now = now()
        return try write { db in
            let current = try NoteRows.currentState(db, key, comparedWith: text)
            if let current, current.holdsSameText {
                return .unchanged(try NoteRows.existingRevision(db, current.id))
            }
            if current == nil, text.isEmpty {
                return .unchanged(nil)
            }
            if let current, basedOn.map({ current.id > $0 }) ?? true {
                // Conflict. Keep theirs current and store mine beside it: the other window
                // is not surprised by a text it never saw, this window still holds mine and
                // tells the reader, and both texts stay in the revision list. Concatenating
                // the two would put a text in the database that neither window shows.
                let theirs = try NoteRows.existingRevision(db, current.id)
                let mine = try NoteRows.insertRevision(
                    db, key: key, title: title, text: text, kind: .conflict, at: now)
                return .conflict(theirs: theirs, mine: mine)
            }
            let revision = try NoteRows.insertRevision(db, key: key, title: title, text: text, kind: .edit, at: now)
            try NoteRows.makeCurrent(db, revision)
            return .saved(revision)
        }
    }

    /// Every revision of a note, newest first (conflict revisions included).
    public func revisions(of key: NoteKey) throws -> [Revision] {
        try read { db in try NoteRows.revisions(db, key) }
    }

    /// One revision by id.
    public func revision(_ id: RevisionID) throws -> Revision? {
        try read { db in try NoteRows.revision(db, id) }
    }

    /// Makes an old revision's text current again, as a new revision (kind `.restore`).
    /// Returns `.unchanged` when that text is already current. An open editor should
    /// reload the note afterwards and continue from `nextBasis`.
    public func restore(_ id: RevisionID) throws -> SaveOutcome {
        let now = now()
        return try write { db in
            guard let old = try NoteRows.revision(db, id) else { throw NotesError.unknownRevision(id) }
            let current = try NoteRows.currentRevision(db, old.key)
            if let current, current.text.isIdentical(to: old.text) {
                return .unchanged(current)
            }
            let revision = try NoteRows.insertRevision(
                db, key: old.key, title: current?.questionTitle ?? old.questionTitle, text: old.text,
                kind: .restore(from: id), at: now)
            try NoteRows.makeCurrent(db, revision)
            return .saved(revision)
        }
    }

    // MARK: Reading position

    public func readingPosition() throws -> ReadingPosition? {
        try read { db in try NoteRows.readingPosition(db) }
    }

    public func saveReadingPosition(_ position: ReadingPosition) throws {
        let now = now()
        try write { db in try NoteRows.saveReadingPosition(db, position, at: now) }
    }

    /// Moves an orphaned note (every revision) to another question, which must have no
    /// note yet: a note is never merged into another or dropped.
    public func reattach(_ orphan: NoteKey, to target: NoteKey) throws {
        try write { db in try NoteRows.reattach(db, orphan, to: target) }
    }

    // MARK: Export and import

    /// Every note with text, as a document (`NotesMarkdown` or `NotesJSON`).
    public func export(format: ExportFormat) throws -> String {
        let notes = try notes()
        switch format {
        case .markdown: return NotesMarkdown.render(notes)
        case .json: return try NotesJSON.render(notes)
        }
    }

    /// Reads a Markdown export and saves each note in it as a new revision (kind `.import`),
    /// all in one transaction: a malformed file imports nothing. `fileName` names the file
    /// in error messages.
    public func importMarkdown(_ document: String, fileName: String) throws -> ImportReport {
        let entries = try NotesMarkdown.parse(document, fileName: fileName, questionKey: questionKey)
        let now = now()
        return try write { db in
            var report = ImportReport()
            for entry in entries {
                if let current = try NoteRows.currentState(db, entry.key, comparedWith: entry.text),
                   current.holdsSameText {
                    report.unchanged += 1
                    continue
                }
                let revision = try NoteRows.insertRevision(
                    db, key: entry.key, title: entry.questionTitle, text: entry.text, kind: .import, at: now)
                try NoteRows.makeCurrent(db, revision)
                report.imported += 1
            }
            return report
        }
    }

    // MARK: Access

    /// The read-only directory the database was opened from for reading only, if it was.
    public var readOnlyReason: NotesError? {
        lock.withLock { readOnlyDirectory.map { NotesError.readOnly(path: $0) } }
    }

    private func database() throws -> DatabaseQueue {
        try lock.withLock {
            if let queue { return queue }
            let opened: DatabaseQueue
            var recovery: DatabaseRecovery?
            if access == .readOnly {
                opened = try opener.openReadOnly()
            } else {
                do {
                    (opened, recovery) = try opener.open()
                } catch NotesError.readOnly(let path) where FileManager.default.fileExists(atPath: databasePath) {
                    opened = try opener.openReadOnly()
                    readOnlyDirectory = path
                }
            }
            queue = opened
            openedRecovery = recovery
            return opened
        }
    }

    /// A number that changes when another connection (another window, `sobes notes import`)
    /// commits to the database; this store's own writes leave it alone.
    public func dataVersion() throws -> Int {
        try read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Runs `body` in a read transaction; failures become `NotesError`s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let queue = try database()
        do {
            return try queue.read(body)
        } catch {
            throw opener.translate(error)
        }
    }

    /// Runs `body` in a write transaction; failures become `NotesError`s.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard access == .readWrite else { throw NotesError.openedReadOnly(path: databasePath) }
        let queue = try database()
        if let path = lock.withLock({ readOnlyDirectory }) { throw NotesError.readOnly(path: path) }
        do {
            return try queue.write(body)
        } catch {
            throw opener.translate(error)
        }
    }

    /// Tests: caps the database size so the next growing write fails as on a full disk.
    func limitPageCount(to pages: Int) throws {
        try database().writeWithoutTransaction { db in
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
    }
}

/// The formats `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown
    case json
}

/// What `importMarkdown` did.
public struct ImportReport: Equatable, Sendable {
    /// Notes whose text changed: each got a new revision.
    public var imported = 0
    /// Notes already identical in the database: nothing written.
    public var unchanged = 0

    public init(imported: Int = 0, unchanged: Int = 0) {
        self.imported = imported
        self.unchanged = unchanged
    }
}
