import Foundation

/// Where text goes that the database would not take: a notes export (`sobes notes import`
/// reads it back), written beside the database, else under `$XDG_STATE_HOME/sobes/unsaved`
/// (`~/.local/state/sobes/unsaved`), else in the temporary directory: the first that works.
public enum UnsavedNotesFile {
    /// Writes the entries to a new file (mode 0600) and returns its path.
    public static func write(_ entries: [NotesMarkdown.Entry], dataDirectory: String,
                             environment: [String: String], now: Date = Date()) throws -> String {
        let document = NotesMarkdown.render(entries: entries)
        var lastError: Error = NotesError.noDataDirectory
        for directory in candidateDirectories(dataDirectory: dataDirectory, environment: environment) {
            do {
                return try write(document, in: directory, now: now)
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    static func candidateDirectories(dataDirectory: String, environment: [String: String]) -> [String] {
        var directories = [dataDirectory]
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            directories.append(state + "/sobes/unsaved")
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(home + "/.local/state/sobes/unsaved")
        }
        directories.append(NSTemporaryDirectory())
        return directories
    }

    private static func write(_ document: String, in directory: String, now: Date) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = (directory.hasSuffix("/") ? directory : directory + "/") + "unsaved-notes-" + formatter.string(from: now)
        var path = stem + ".md"
        var attempt = 1
        // Never overwrite: an earlier rescue may still be waiting to be imported.
        while FileManager.default.fileExists(atPath: path) {
            attempt += 1
            path = stem + "-\(attempt).md"
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(document.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw NotesError.storage(path: path, reason: "cannot create the file")
        }
        return path
    }
}
