import ArgumentParser
import Foundation

@main
struct Sobes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sobes",
        abstract: "Study interview questions: a terminal browser for Markdown chapters.",
        discussion: "With no command, opens the browser on the library (press ? inside for keys).",
        version: "sobes \(SobesVersion.current)",  // as `rg --version` names itself
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CheckCommand.self,
                      HighlightCommand.self, NotesCommand.self, ReviewCommand.self, DueCommand.self, ExportCommand.self,
                      ProgressCommand.self, StatsCommand.self, StudyCommand.self, InterviewCommand.self, BookmarksCommand.self],
        // The browser is the default, so `sobes --theme light` opens it. The root itself takes
        // no options: an option declared at two levels would be handed to the parent.
        defaultSubcommand: BrowseCommand.self
    )

    /// Parses and runs the command; a usage error is one line and status 2, like every
    /// other bad input (ArgumentParser alone would print the usage too and exit 64).
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            // No arguments need no parser (see `LibrarySettings`).
            guard !arguments.isEmpty else { return try BrowseSettings().open(recalling: nil) }
            var command = try parseAsRoot(arguments: GlobalOptions.movedAfterCommand(arguments))
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as OutputError {
            exitOnWriteError(error)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                do {
                    try Output.write(fullMessage(for: error) + "\n", as: .forPeople)
                } catch {
                    exitOnWriteError(error as? OutputError)
                }
                Foundation.exit(0)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Output.complain("sobes: \(message)")
            Foundation.exit(2)
        }
    }
}

extension Sobes {
    /// The browser's own arguments are parsed by it alone: the root's parse looks through
    /// every command (and whether a completion script is asked for). Anything else, or
    /// anything that might name a command or ask for help, goes through the root.
    static func parseAsRoot(arguments: [String]) throws -> ParsableCommand {
        let commandNames = Set(configuration.subcommands.map { $0._commandName } + ["help"])
        let asksTheRoot: (String) -> Bool = { argument in
            commandNames.contains(argument) || argument == "-h" || argument == "--help" || argument.hasPrefix("--version")
                || argument.hasPrefix("--generate-completion-script") || argument.hasPrefix("--experimental")
        }
        if !arguments.contains(where: asksTheRoot) { return try BrowseCommand.parseAsRoot(arguments) }
        // A command without commands of its own (`sobes search WORD`) is parsed by itself, when
        // nothing after its name asks the root: the root's parse reflects over every command.
        if let name = arguments.first, let command = leafCommand(named: name),
           !arguments.dropFirst().contains(where: asksTheRoot) {
            return try command.parseAsRoot(Array(arguments.dropFirst()))
        }
        return try parseAsRoot(arguments)
    }
}

extension Sobes {
    /// The root's command of that name, when it has no commands of its own.
    static func leafCommand(named name: String) -> ParsableCommand.Type? {
        guard let command = configuration.subcommands.first(where: { $0._commandName == name }),
              command.configuration.subcommands.isEmpty else { return nil }
        return command
    }
}

/// Output that could not be written (a full disk, a closed pipe's reader gone): one line and
/// status 1, as GNU tools say it.
private func exitOnWriteError(_ error: OutputError?) -> Never {
    Output.complain("sobes: write error: \(error?.reason ?? "unknown")")
    Foundation.exit(1)
}

enum SobesVersion {
    static let current = "0.1.0"
}
