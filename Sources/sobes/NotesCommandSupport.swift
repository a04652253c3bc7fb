import ArgumentParser
import Foundation
import Notes

/// A `notes` subcommand's failure: one line on stderr, exit status 2.
struct NotesCommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a subcommand's body, turning every failure into one line on stderr and exit 2
/// (never a backtrace).
func reportingNotesErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as OutputError {
        throw error
    } catch {
        printToStandardError("\(error)")
        throw ExitCode(2)
    }
}

/// Tells the reader that a damaged database was moved aside while opening.
func reportRecovery(of store: NotesStore) {
    if let recovery = store.recovery {
        printToStandardError(recovery.message)
    }
}

func printToStandardError(_ message: String) {
    Output.complain("sobes notes: \(message)")
}

/// A UTF-8 text file, or a failure naming it.
func readTextFile(_ path: String) throws -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
        throw NotesError.unreadableFile(path: path, reason: String(cString: strerror(errno)))
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        throw NotesError.unreadableFile(path: path, reason: "is a directory")
    }
    let data: Data
    do {
        data = try handle.readToEnd() ?? Data()
    } catch {
        throw NotesError.unreadableFile(path: path, reason: "cannot be read")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
        throw NotesError.unreadableFile(path: path, reason: "not UTF-8 text")
    }
    return text
}

/// `2026-11-25 14:03` in local time, for `notes list`.
enum NotesDateFormat {
    static func string(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
    }
}
