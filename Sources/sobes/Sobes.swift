import ArgumentParser

@main
struct Sobes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sobes",
        abstract: "Study interview questions: a terminal browser for Markdown chapters.",
        version: SobesVersion.current,
        subcommands: [ListCommand.self, ShowCommand.self, NotesCommand.self]
    )

    func run() throws {
        print(Sobes.helpMessage())
    }
}

enum SobesVersion {
    static let current = "0.1.0"
}
