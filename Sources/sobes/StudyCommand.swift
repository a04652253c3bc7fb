import ArgumentParser
import Foundation
import Notes

/// `sobes study ...`: the review log between machines.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Export and import the review log.",
        subcommands: [StudyExportCommand.self, StudyImportCommand.self]
    )
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
            writeToStandardOutput(document)
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
            print("imported \(report.imported) \(report.imported == 1 ? "review" : "reviews")\(present) into \(store.databasePath)")
        }
    }
}
