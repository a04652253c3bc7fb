import ArgumentParser
import Browser
import Foundation
import Notes

/// `sobes` (or `sobes browse`): the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default command; press ? inside for keys).")

    @OptionGroup var library: LibraryOptions
    @Option(help: ArgumentHelp("A theme name from Themes/ (dark, light, mono) or a .toml file.", valueName: "NAME|PATH"))
    var theme: String?
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        let library = try library.loadLibrary()
        let store: NotesStore
        do {
            store = try data.store()
        } catch {
            throw Console.failure("\(error)")
        }
        let runtime = BrowserRuntime(
            library: library,
            contentDirectory: self.library.contentDirectory,
            themeName: theme,
            themeSelection: ThemeSelection.standard(contentDirectory: self.library.bundledOrGivenContent),
            notes: NotesSession(store: store, library: library))
        let status = try runtime.run()
        if status != 0 { throw ExitCode(status) }
    }
}

extension ThemeSelection {
    /// Themes/ beside the bundled content, and the reader's config file.
    static func standard(contentDirectory: String) -> ThemeSelection {
        ThemeSelection(themesDirectory: ContentLocator.themesDirectory(contentDirectory: contentDirectory),
                       configFile: ThemeSelection.configFile(environment: ProcessInfo.processInfo.environment))
    }
}
