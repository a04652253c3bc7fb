import ArgumentParser
import Browser
import Foundation
import Notes

/// `sobes study`: the browser in recall mode; `sobes study export|import`: the review log
/// between machines.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Recall the answers in the browser; export and import the review log.",
        subcommands: [StudyRecallCommand.self, StudyExportCommand.self, StudyImportCommand.self],
        defaultSubcommand: StudyRecallCommand.self
    )
}

struct StudyRecallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Open the browser in a recall session (the default of `sobes study`).",
        discussion: """
            Each question shows with its answer hidden: Space shows the short answer, Space \
            again the full one; 1 again, 2 hard, 3 good, 4 easy grade it and the next follows; \
            Esc ends the session with a summary. Every grade is written to the review log at once.
            """)

    @Option(help: "Which questions: chapter (the open one), due, new, weakest or library.")
    var scope: RecallScope = .chapter
    @OptionGroup var browser: BrowseCommand

    func run() throws {
        try browser.settings.open(recalling: scope)
    }
}

extension RecallScope: ExpressibleByArgument {
    /// The scopes a command line can name (search results exist only inside the browser).
    public init?(argument: String) {
        guard let scope = RecallScope(rawValue: argument), scope != .searchResults else { return nil }
        self = scope
    }

    public static var allValueStrings: [String] { allCases.filter { $0 != .searchResults }.map(\.rawValue) }
}

struct StudyExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the review log as JSON Lines, one review a line.",
        discussion: "`sobes study import` reads it back; reviews already present are skipped.")

    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingStudyErrors {
            let store = try data.store()
            let document = try store.exportReviewLog()
            reportRecovery(of: store)
            try Output.write(document, as: .machine)
        }
    }
}

struct StudyImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the reviews of an exported log that this one lacks.")

    @Argument(help: ArgumentHelp("A file written by `sobes study export`.", valueName: "FILE"))
    var file: String

    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingStudyErrors {
            let document = try readTextFile(file)
            let store = try data.store()
            let report = try store.importReviewLog(document, fileName: file)
            reportRecovery(of: store)
            let present = report.alreadyPresent == 0 ? "" : ", \(report.alreadyPresent) already present"
            try Output.write("imported \(report.imported) \(report.imported == 1 ? "review" : "reviews")\(present) into \(store.databasePath)\n",
                             as: .forPeople)
        }
    }
}
