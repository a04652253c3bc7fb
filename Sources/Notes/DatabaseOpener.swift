import Foundation
import GRDB

/// Opens the notes database: creates the directory (0700) and the file (0600), opens it in
/// WAL mode, checks it, migrates it. A database SQLite calls damaged is moved aside and a
/// fresh one created; every other failure becomes a `NotesError`.
struct DatabaseOpener {
    var directory: String
    var questionKey: QuestionKeyFunction
    var now: @Sendable () -> Date

    var databasePath: String { directory + "/" + DataDirectory.databaseFileName }

    func open() throws -> (DatabaseQueue, DatabaseRecovery?) {
        try makeDirectory()
        do {
            return (try openChecked(), nil)
        } catch let damage as Damage {
            let movedTo = try moveAside()
            let recovery = DatabaseRecovery(originalPath: databasePath, movedTo: movedTo, reason: damage.reason)
            do {
                return (try openChecked(), recovery)
            } catch let damage as Damage {
                throw NotesError.storage(path: databasePath, reason: "a new database is damaged too: \(damage.reason)")
            }
        }
    }

    /// Opens an existing database for reading only: nothing is created, checked, migrated or
    /// moved aside. A missing database reads as one without notes (an empty one in memory).
    func openReadOnly() throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            let empty = try DatabaseQueue()
            try NotesSchema.migrator(questionKey: questionKey).migrate(empty)
            return empty
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        configuration.label = "sobes.notes.readonly"
        do {
            return try DatabaseQueue(path: databasePath, configuration: configuration)
        } catch {
            // On a read-only file system SQLite cannot make the WAL's shared-memory file: read
            // the file as immutable instead (nothing else can be writing to it there).
            if let queue = try? DatabaseQueue(path: "file:\(databasePath)?immutable=1", configuration: configuration) {
                return queue
            }
            throw translate(error)
        }
    }

    /// Raised inside the opener when SQLite says the file is not a sound database.
    private struct Damage: Error { var reason: String }

    private func openChecked() throws -> DatabaseQueue {
        try makeFile()
        try check()
        var configuration = Configuration()
        configuration.journalMode = .wal
        // Two windows may write at once; each transaction is milliseconds, so wait a little
        // rather than fail.
        configuration.busyMode = .timeout(2)
        configuration.label = "sobes.notes"
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: databasePath, configuration: configuration)
        } catch {
            throw damage(in: error) ?? translate(error)
        }
        do {
            // WAL survives kill -9 with NORMAL; FULL also survives power loss, for about
            // one fsync per save (see the "notes" benchmark).
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try NotesSchema.migrator(questionKey: questionKey).migrate(queue)
            return queue
        } catch {
            try? queue.close()
            throw damage(in: error) ?? translate(error)
        }
    }

    /// Runs `PRAGMA quick_check` through a read-only connection, before anything writes: a
    /// read-write connection would set up WAL and checkpoint on closing, changing the bytes
    /// of a damaged file that should be moved aside as it was.
    private func check() throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "sobes.notes.check"
        configuration.busyMode = .timeout(2)
        do {
            let queue = try DatabaseQueue(path: databasePath, configuration: configuration)
            defer { try? queue.close() }
            let verdict = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            if verdict != ["ok"] {
                throw Damage(reason: "quick_check: " + verdict.prefix(3).joined(separator: "; "))
            }
            // Migrations this sobes does not know mean a newer one wrote the file: refuse it
            // here, before a read-write connection could change a byte.
            if try queue.read({ db in try NotesSchema.migrator(questionKey: questionKey).hasBeenSuperseded(db) }) {
                throw NotesError.newerDatabase(path: databasePath)
            }
        } catch let error as Damage {
            throw error
        } catch let error as NotesError {
            throw error
        } catch {
            throw damage(in: error) ?? translate(error)
        }
    }

    private func damage(in error: Error) -> Damage? {
        guard let error = error as? DatabaseError,
              error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
        else { return nil }
        return Damage(reason: error.message ?? "\(error.resultCode)")
    }

    func translate(_ error: Error) -> NotesError {
        translateStorageError(error, directory: directory, databasePath: databasePath)
    }

    // MARK: Files

    /// `mkdir -p` with mode 0700 for every directory it creates.
    private func makeDirectory() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw NotesError.cannotCreateDirectory(path: directory, reason: "a file is in the way")
            }
            return
        }
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                let code = errno
                if code == EROFS || code == EACCES || code == EPERM {
                    throw NotesError.readOnly(path: path)
                }
                throw NotesError.cannotCreateDirectory(path: directory, reason: String(cString: strerror(code)))
            }
        }
        var created: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &created), created.boolValue else {
            throw NotesError.cannotCreateDirectory(path: directory, reason: "a file is in the way")
        }
    }

    /// Creates the database file 0600 before SQLite does (SQLite would use 0644 minus the
    /// umask), and narrows an existing one. SQLite gives `-wal` and `-shm` the same mode.
    /// A `notes.sqlite` that is a symlink is the reader's arrangement: its target's mode is
    /// left alone (it may be a file the reader shares on purpose).
    private func makeFile() throws {
        var link = stat()
        let isSymlink = lstat(databasePath, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
        let descriptor = Foundation.open(databasePath, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case EROFS, EACCES, EPERM: throw NotesError.readOnly(path: directory)
            case ENOSPC, EDQUOT: throw NotesError.diskFull(path: directory)
            default: throw NotesError.storage(path: databasePath, reason: String(cString: strerror(code)))
            }
        }
        var status = stat()
        if !isSymlink, fstat(descriptor, &status) == 0, status.st_mode & 0o777 != 0o600 {
            _ = fchmod(descriptor, 0o600)
        }
        close(descriptor)
    }

    /// Renames the damaged database and its WAL files to a name that is not taken.
    /// Never overwrites: a counter is added until every one of the names is free.
    private func moveAside() throws -> String {
        let stamp = Self.timestamp(now())
        let sidecars = ["", "-wal", "-shm", "-journal"]
        var target = "\(databasePath).corrupt-\(stamp)"
        var counter = 1
        while sidecars.contains(where: { FileManager.default.fileExists(atPath: target + $0) }) {
            counter += 1
            target = "\(databasePath).corrupt-\(stamp)-\(counter)"
        }
        for suffix in sidecars where FileManager.default.fileExists(atPath: databasePath + suffix) {
            // rename(2) replaces an existing target silently; the loop above made sure
            // there is none.
            if rename(databasePath + suffix, target + suffix) != 0 {
                let reason = String(cString: strerror(errno))
                throw NotesError.storage(
                    path: databasePath,
                    reason: "the database is damaged and could not be moved aside (\(reason))")
            }
        }
        return target
    }

    /// `YYYYMMDD-HHMMSS` in local time, the way `ls -l` shows the reader times.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%04d%02d%02d-%02d%02d%02d",
                      Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}

/// Turns a SQLite or file-system failure into the error the reader is shown.
func translateStorageError(_ error: Error, directory: String, databasePath: String) -> NotesError {
    if let error = error as? NotesError { return error }
    guard let error = error as? DatabaseError else {
        return .storage(path: databasePath, reason: "\(error)")
    }
    switch error.resultCode {
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
        return .readOnly(path: directory)
    case .SQLITE_FULL:
        return .diskFull(path: directory)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
        return .busy(path: databasePath)
    case .SQLITE_CANTOPEN where access(directory, W_OK) != 0:
        return .readOnly(path: directory)
    default:
        return .storage(path: databasePath, reason: error.message ?? "\(error.resultCode)")
    }
}
