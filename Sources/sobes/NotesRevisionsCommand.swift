import ArgumentParser
import Foundation
import Notes

/// `sobes notes revisions QUESTION`: every saved state of a note, newest first.
struct NotesRevisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisions",
        abstract: "List the revisions of one note, newest first (number, date, kind, first line).")

    @Argument(help: ArgumentHelp("N or CHAPTER/N.", valueName: "QUESTION")) var question: String
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingNotesErrors {
            let key = try NoteKey.parse(question)
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

    @Argument(help: ArgumentHelp("N or CHAPTER/N.", valueName: "QUESTION")) var question: String
    @Argument(help: "The revision number `sobes notes revisions` shows.") var revision: Int
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingNotesErrors {
            let key = try NoteKey.parse(question)
            let store = try data.store()
            guard let chosen = try store.revisions(of: key).first(where: { $0.number == revision }) else {
                throw NotesCommandFailure("\(key) has no revision \(revision); `sobes notes revisions \(key)` lists them")
            }
            _ = try store.restore(chosen.id)
            try Output.write("\(key): revision \(revision) restored\n", as: .forPeople)
        }
    }
}

extension NoteKey {
    /// A question as the command line names it, or a failure that says what was expected.
    static func parse(_ reference: String) throws -> NoteKey {
        // Loading the library to find its first chapter costs a parse of every chapter:
        // only a bare number needs it.
        let defaultChapterID = reference.contains("/") ? "" : NotesCommand.defaultChapterID()
        guard let key = NoteKey(reference: reference, defaultChapterID: defaultChapterID) else {
            throw NotesCommandFailure("expected QUESTION as N or CHAPTER/N (e.g. 6 or 04-asyncio/6), got '\(reference)'")
        }
        return key
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
