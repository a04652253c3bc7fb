import ArgumentParser
import Chapter
import Foundation
import Screen

/// `sobes check [DIR…]`: lints a library; exit 1 when anything is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a library: what each file holds, and every problem (one line each; exit 1 if any).")

    @Argument(help: ArgumentHelp("Folders of chapters or of tracks (default: the bundled library).", valueName: "DIR"))
    var directories: [String] = []

    func run() throws {
        var problems = 0
        for directory in directories.isEmpty ? [ContentLocator.directory(option: nil)] : directories {
            for report in LibraryCheck.check(directory: directory) {
                // Titles come from the chapters: shown, never obeyed (an ESC in one stays visible).
                if !report.summary.isEmpty { try Output.write(visibleSingleLine("\(report.path): \(report.summary)") + "\n", as: .rendered) }
                for problem in report.problems {
                    try Output.write(visibleSingleLine(problem.description) + "\n", as: .rendered)
                    problems += 1
                }
            }
        }
        if problems > 0 {
            Output.complain("sobes check: \(problems) \(problems == 1 ? "problem" : "problems")")
            throw ExitCode(1)
        }
    }
}
