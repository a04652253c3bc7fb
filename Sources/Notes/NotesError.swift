/// Everything the store can fail with, each with a one-line message for the status bar or
/// stderr. When a save throws, nothing was written: the caller keeps the text in the editor.
public enum NotesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Neither `--data`, `SOBES_DATA_DIR`, `XDG_DATA_HOME` nor `HOME` says where data goes.
    case noDataDirectory
    /// The data directory does not exist and cannot be created (or is not a directory).
    case cannotCreateDirectory(path: String, reason: String)
    /// The directory or the database file does not accept writes.
    case readOnly(path: String)
    /// The store was opened `.readOnly`: nothing is written.
    case openedReadOnly(path: String)
    /// The disk (or the database's size limit) is full.
    case diskFull(path: String)
    /// Another sobes held the database's write lock for too long.
    case busy(path: String)
    /// Any other failure of SQLite or of the file system.
    case storage(path: String, reason: String)
    /// No revision has this id.
    case unknownRevision(RevisionID)
    /// An import file could not be read.
    case unreadableFile(path: String, reason: String)
    /// An import file is not a well-formed notes export; `line` is 1-based.
    case malformedImport(file: String, line: Int, problem: String)
    /// The database was written by a newer sobes: it is neither opened for writing nor moved.
    case newerDatabase(path: String)
    /// No note with text under this key.
    case noNote(String)
    /// Re-attaching onto a question that already has a note would merge two notes.
    case targetHasNote(String)

    public var description: String {
        switch self {
        case .noDataDirectory:
            "no data directory: set HOME, XDG_DATA_HOME or SOBES_DATA_DIR, or pass --data DIR"
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the data directory \(path): \(reason)"
        case .readOnly(let path):
            "cannot write notes to \(path): read-only"
        case .openedReadOnly(let path):
            "notes are open read-only (\(path)): not saved"
        case .diskFull(let path):
            "cannot write notes to \(path): the disk is full"
        case .busy(let path):
            "cannot write notes to \(path): another sobes is writing; try again"
        case .storage(let path, let reason):
            "notes database \(path): \(reason)"
        case .unknownRevision(let id):
            "no revision \(id)"
        case .unreadableFile(let path, let reason):
            "\(path): \(reason)"
        case .malformedImport(let file, let line, let problem):
            "\(file):\(line): \(problem)"
        case .newerDatabase(let path):
            "notes database \(path) was written by a newer sobes; not opened (nothing in it was changed): use that version"
        case .noNote(let key):
            "no note for \(key)"
        case .targetHasNote(let key):
            "\(key) already has a note; export both and merge them by hand"
        }
    }
}
