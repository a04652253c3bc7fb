import ArgumentParser
import Chapter
import Foundation

/// `--content DIR`, shared by every command that reads the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of chapters (default: $SOBES_CONTENT, else the bundled Content/).", valueName: "DIR"))
    var content: String?

    var contentDirectory: String { ContentLocator.directory(option: content) }

    /// Where the shipped Themes/ sit: beside the bundled Content/, even when `--content` points elsewhere.
    var bundledOrGivenContent: String { ContentLocator.bundledDirectory() ?? contentDirectory }

    /// Loads the library, printing warnings; a library that cannot load ends the command with status 2.
    func loadLibrary() throws -> Library {
        do {
            let library = try LibraryLoader.load(directory: contentDirectory)
            for warning in library.warnings { Console.warn(warning.description) }
            return library
        } catch {
            throw Console.failure(error.description)
        }
    }
}

/// Messages for people: one line each on stderr, prefixed with the program's name.
enum Console {
    static func warn(_ message: String) {
        Output.complain("sobes: warning: \(message)")
    }

    /// Prints the message and returns the error that exits with status 2.
    static func failure(_ message: String) -> ExitCode {
        Output.complain("sobes: \(message)")
        return ExitCode(2)
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The terminal's width in columns, when stdout is one.
    static var terminalWidth: Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// A question named on the command line: `6` (the first chapter) or `04-asyncio/6`.
struct QuestionReference {
    var chapterID: String?
    var number: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let number = Int(parts.last!), number > 0 else { return nil }
        self.chapterID = parts.count == 2 ? String(parts[0]) : nil
        self.number = number
    }

    func resolve(in library: Library) throws -> Question {
        let chapter = chapterID.map { library.chapter(id: $0) } ?? library.chapters.first
        guard let chapter else { throw Console.failure("no chapter '\(chapterID ?? "")'; `sobes list` shows them") }
        guard let question = chapter.question(number: number) else {
            throw Console.failure("no question \(number) in \(chapter.id); `sobes list` shows them")
        }
        return question
    }
}
