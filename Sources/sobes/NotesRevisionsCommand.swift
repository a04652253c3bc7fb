import ArgumentParser
import Chapter
import Foundation
import Notes
import Runtime

/// `sobes notes revisions QUESTION`: every saved state of a note, newest first.
struct NotesRevisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisions",
        abstract: "List the revisions of one note, newest first (number, date, kind, first line).")

    @Argument(help: ArgumentHelp("N, CHAPTER/N or CHAPTER/TITLE.", valueName: "QUESTION")) var question: String
    @OptionGroup var data: NotesDataOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        let key = try NoteKey.parse(question, library: library)
        try reportingNotesErrors {
            let store = try data.store()
            let revisions = try store.revisions(of: key)
            reportRecovery(of: store)
            guard !revisions.isEmpty else { throw NotesCommandFailure("no note for \(key)") }
            let rows = revisions.map { revision in
                let firstLine = revision.text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                return "\(revision.number)\t\(NotesDateFormat.string(revision.createdAt))\t\(revision.kind.name)\t\(firstLine)\n"
            }
            try Output.write(rows.joined(), as: .forPeople)
        }
    }
}

/// `sobes notes restore QUESTION NUMBER`: an older revision's text becomes current again.
struct NotesRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Make an older revision current again (itself saved as a new revision).")

    @Argument(help: ArgumentHelp("N, CHAPTER/N or CHAPTER/TITLE.", valueName: "QUESTION")) var question: String
    @Argument(help: "The revision number `sobes notes revisions` shows.") var revision: Int
    @OptionGroup var data: NotesDataOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        let key = try NoteKey.parse(question, library: library)
        try reportingNotesErrors {
            let store = try data.store()
            guard let chosen = try store.revisions(of: key).first(where: { $0.number == revision }) else {
                throw NotesCommandFailure("\(key) has no revision \(revision); `sobes notes revisions \(key)` lists them")
            }
            _ = try store.restore(chosen.id)
            try Output.write("\(key): revision \(revision) restored\n", as: .forPeople)
        }
    }
}

/// `sobes notes attach ORPHAN QUESTION`: an orphaned note (every revision) moves to a question.
struct NotesAttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Move an orphaned note, with every revision, to a question that has no note.")

    @Argument(help: ArgumentHelp("The orphan as `sobes notes list` shows it: CHAPTER/TITLE.", valueName: "ORPHAN"))
    var orphan: String
    @Argument(help: ArgumentHelp("N, CHAPTER/N or CHAPTER/TITLE.", valueName: "QUESTION")) var question: String
    @OptionGroup var data: NotesDataOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        let from = try NoteKey.parse(orphan, library: library)
        let to = try NoteKey.parse(question, library: library)
        try reportingNotesErrors {
            try data.store().reattach(from, to: to)
            try Output.write("\(from) → \(to)\n", as: .forPeople)
        }
    }
}

extension NoteKey {
    /// A question as the command line names it (loading the library only for a number),
    /// or a failure that says what was expected.
    static func parse(_ reference: String, library options: LibraryOptions) throws -> NoteKey {
        guard let parsed = QuestionReference(argument: reference) else {
            printToStandardError("expected QUESTION as N, CHAPTER/N or CHAPTER/TITLE (e.g. 6, 04-asyncio/6), got '\(reference)'")
            throw ExitCode(2)
        }
        if let title = parsed.title, let chapterID = parsed.chapterID {
            return NoteKey(chapterID: chapterID, question: title)
        }
        return NoteKey(try parsed.key(in: try options.settings.loadLibrary()))
    }
}

extension RevisionKind {
    var name: String {
        switch self {
        case .edit: return "edit"
        case .restore: return "restore"
        case .conflict: return "conflict"
        case .import: return "import"
        }
    }
}
