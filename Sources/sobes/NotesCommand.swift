import ArgumentParser
import Chapter
import Foundation
import Notes
import Runtime
import Screen

/// `sobes notes ...`: the reader's notes from the shell.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List, show, export and import your notes.",
        subcommands: [
            NotesListCommand.self, NotesShowCommand.self, NotesRevisionsCommand.self, NotesRestoreCommand.self,
            NotesAttachCommand.self, NotesExportCommand.self, NotesImportCommand.self, NotesPathCommand.self,
        ]
    )
}

/// `--data DIR`, shared by every `notes` subcommand.
struct NotesDataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "The data directory (default: $SOBES_DATA_DIR, else $XDG_DATA_HOME/sobes, else ~/.local/share/sobes).",
        valueName: "DIR"))
    var directory: String?

    /// The store, unopened; it opens on first use.
    func store() throws -> NotesStore {
        try Self.store(directory: directory)
    }

    /// The store of a data directory given by hand (nil: where the environment puts it).
    static func store(directory: String?) throws -> NotesStore {
        try NotesStore(explicitDirectory: directory, questionKey: QuestionKey.normalizedTitle, environment: ProcessEnvironment.current)
    }
}

struct NotesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every note: question, title, revision, last change; notes whose question is gone as orphans.")

    @OptionGroup var data: NotesDataOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        let library = try library.settings.loadLibrary()
        try reportingNotesErrors {
            let store = try data.store()
            let notes = try store.notes()
            reportRecovery(of: store)
            if notes.isEmpty {
                printToStandardError("no notes yet in \(store.databasePath)")
            }
            let matches = KeyMatching.match(notes.map(\.key.questionKey), in: library)
            let rows = notes.map { note -> String in
                let when = "revision \(note.revisionNumber), \(NotesDateFormat.string(note.updatedAt))"
                switch matches[note.key.questionKey] ?? .orphan {
                case .exact(let id):
                    return "\(id)  \(library.question(id)?.title ?? note.questionTitle)  (\(when))\n"
                case .similar(let id, let message):
                    // The browser moves such a note to the renamed question when it next opens.
                    printToStandardError(message)
                    return "\(id)  \(library.question(id)?.title ?? note.questionTitle)  (\(when))\n"
                case .orphan:
                    // Its question is gone: kept, listed under the key it was saved with.
                    let title = note.questionTitle.isEmpty ? "" : "  \(note.questionTitle)"
                    return "orphan \(note.key.description)\(title)  (\(when); its question is not in the library)\n"
                }
            }
            try Output.write(rows.joined(), as: .forPeople)
        }
    }
}

struct NotesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print the note of one question, verbatim.")

    @Argument(help: ArgumentHelp("N (a question of the first chapter), CHAPTER/N (04-asyncio/6) or CHAPTER/TITLE (an orphan's).",
                                 valueName: "QUESTION"))
    var question: String

    @OptionGroup var data: NotesDataOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        let key = try NoteKey.parse(question, library: library)
        try reportingNotesErrors {
            let store = try data.store()
            let note = try store.note(for: key)
            reportRecovery(of: store)
            guard let note, !note.text.isEmpty else {
                throw NotesCommandFailure("no note for \(key)")
            }
            try Output.write(note.text.hasSuffix("\n") ? note.text : note.text + "\n", as: .verbatim)
        }
    }
}

struct NotesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every note with its chapter and question title.",
        discussion: "The Markdown export is what `sobes notes import` reads back.")

    @Option(help: ArgumentHelp("markdown or json.", valueName: "FORMAT"))
    var format: String = ExportFormat.markdown.rawValue

    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingNotesErrors {
            guard let format = ExportFormat(rawValue: format) else {
                throw NotesCommandFailure("unknown export format '\(format)': use markdown or json")
            }
            let store = try data.store()
            let document = try store.export(format: format)
            reportRecovery(of: store)
            // The Markdown export is what `notes import` reads back: exact unless on a terminal.
            try Output.write(document, as: format == .json ? .machine : .verbatim)
        }
    }
}

struct NotesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a Markdown export back; each changed note gets a new revision.")

    @Argument(help: ArgumentHelp("A file written by `sobes notes export`.", valueName: "FILE"))
    var file: String

    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingNotesErrors {
            let document = try readTextFile(file)
            let store = try data.store()
            let report = try store.importMarkdown(document, fileName: file)
            reportRecovery(of: store)
            let unchanged = report.unchanged == 0 ? "" : ", \(report.unchanged) already up to date"
            try Output.write("imported \(report.imported) \(report.imported == 1 ? "note" : "notes")\(unchanged) into \(store.databasePath)\n",
                             as: .forPeople)
        }
    }
}

struct NotesPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Print where the notes database is (without opening it).")

    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingNotesErrors {
            try Output.write(try data.store().databasePath + "\n", as: .forPeople)
        }
    }
}
