/// A damaged database found on opening, moved aside so a fresh one could start.
public struct DatabaseRecovery: Equatable, Sendable {
    /// Where the database was (and where the fresh one now is).
    public var originalPath: String
    /// Where the damaged file went: `notes.sqlite.corrupt-YYYYMMDD-HHMMSS` (local time),
    /// with `-2`, `-3`, ... added if that name is taken. Its `-wal`/`-shm` files, if any,
    /// were moved beside it with the same suffixes.
    public var movedTo: String
    /// What was wrong, as SQLite said it.
    public var reason: String

    /// One line for the status bar or stderr: where the file went comes first, so a narrow
    /// status bar still shows it, and SQLite's reason (quick_check's text spans lines) is
    /// folded onto the line and shortened.
    public var message: String {
        let words = reason.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        let shortReason = words.count > Self.reasonLength ? words.prefix(Self.reasonLength - 1) + "…" : words
        return "the notes database was damaged: moved it to \(movedTo) and started a new one (\(shortReason))"
    }

    static let reasonLength = 100
}
