import Foundation

/// The reader's own editor for a note: `$VISUAL`, else `$EDITOR`, else `vi`, run through
/// the shell as git runs it, on a file in a private temporary folder that is removed after.
enum OutsideEditor {
    static func command(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// The text the editor left in the file, or why there is none (the note stays as it was).
    static func edit(_ text: String, environment: [String: String]) -> Result<String, EditorFailure> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sobes-note-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return .failure(EditorFailure("не создать временную папку: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.md")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failure(EditorFailure("не записать временный файл"))
        }
        let editor = command(environment: environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // "$1" keeps the path one word whatever it holds; the command may carry its own flags.
        process.arguments = ["-c", "\(editor) \"$1\"", "sh", file.path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            return .failure(EditorFailure("\(editor): \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(EditorFailure("\(editor) завершился с кодом \(process.terminationStatus)"))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(EditorFailure("файл заметки пропал"))
        }
        guard let edited = String(data: data, encoding: .utf8) else {
            return .failure(EditorFailure("файл заметки не в UTF-8"))
        }
        return .success(edited)
    }
}

struct EditorFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
