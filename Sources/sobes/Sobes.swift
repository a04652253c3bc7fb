import ArgumentParser
import Browser
import Notes
import Foundation

@main
struct Sobes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sobes",
        abstract: "Study interview questions: a terminal browser for Markdown chapters.",
        discussion: "With no command, opens the browser on the library (press ? inside for keys).",
        version: SobesVersion.current,
        subcommands: [ListCommand.self, ShowCommand.self, SearchCommand.self, HighlightCommand.self, NotesCommand.self]
    )

    @OptionGroup var library: LibraryOptions
    @Option(help: ArgumentHelp("A theme name from Themes/ (dark, light, mono) or a .toml file.", valueName: "NAME|PATH"))
    var theme: String?
    @Option(help: ArgumentHelp("Where notes are kept (default: $SOBES_DATA_DIR, else $XDG_DATA_HOME/sobes).", valueName: "DIR"))
    var data: String?

    func run() throws {
        let library = try library.loadLibrary()
        let environment = ProcessInfo.processInfo.environment
        let store: NotesStore
        do {
            store = try NotesStore(explicitDirectory: data)
        } catch {
            throw Console.failure("\(error)")
        }
        let runtime = BrowserRuntime(
            library: library,
            contentDirectory: self.library.contentDirectory,
            themeName: theme,
            themeSelection: ThemeSelection(
                themesDirectory: ContentLocator.themesDirectory(contentDirectory: self.library.bundledOrGivenContent),
                configFile: ThemeSelection.configFile(environment: environment)),
            notes: NotesSession(store: store))
        let status = try runtime.run()
        if status != 0 { throw ExitCode(status) }
    }
}

enum SobesVersion {
    static let current = "0.1.0"
}
