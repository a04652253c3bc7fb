import ArgumentParser
import Browser
import Chapter
import Curses
import Foundation
import Notes
import Runtime
import Screen
import Search

/// `sobes` (or `sobes browse`): the full-screen browser. Wires the real terminal, clock,
/// notes database and search index into the loop; the loop's rules live in `Runtime`.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default command; press ? inside for keys).")

    @OptionGroup var library: LibraryOptions
    @Option(help: ArgumentHelp("A theme name from Themes/ (dark, light, mono) or a .toml file.", valueName: "NAME|PATH"))
    var theme: String?
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try settings.open(recalling: nil)
    }

    /// The options as plain values, which run the browser.
    var settings: BrowseSettings {
        BrowseSettings(library: library.settings, theme: theme, dataDirectory: data.directory)
    }
}

/// What the browser opens with, as plain values: `BrowseCommand` as parsed, or the defaults,
/// which `sobes` alone opens without the argument parser (see `LibrarySettings`).
struct BrowseSettings: Equatable {
    var library = LibrarySettings()
    var theme: String?
    var dataDirectory: String?

    /// Runs the browser; with a scope, it opens in a recall session over it (`sobes study`),
    /// started once the review log is read (and the reader's place restored).
    func open(recalling scope: RecallScope?, interview plan: InterviewPlan? = nil) throws {
        // The first frame needs one chapter; the rest is read in the background after it.
        let (library, rest, total, makeIndex, source, linkFollowUps) = try self.library.loadFirstChapter()
        // Looking through PATH for a link opener is no work for the first frame either.
        let canOpenLinks = Prefetched { ExternalOpener(environment: ProcessEnvironment.current).isAvailable }
        let store: NotesStore
        do {
            store = try NotesDataOptions.store(directory: dataDirectory)
        } catch {
            throw Console.failure("\(error)")
        }
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else {
            throw Console.failure("the browser needs a terminal on stdin and stdout; try `sobes list` or `sobes show N`")
        }
        let themes = ThemeSelection.standard(contentDirectory: self.library.bundledOrGivenContent)
        let performer = LiveEffects(library: library,
                                    terms: TermDictionary.load(contentDirectory: self.library.contentDirectory),
                                    notes: NotesSession(store: store, library: library, environment: ProcessEnvironment.current), study: StudyContext.fromConfig().log,
                                    restOfLibrary: rest, source: source, clipboard: .fromEnvironment(ProcessEnvironment.current),
                                    makeIndex: makeIndex, linkFollowUps: linkFollowUps)
        var status: Int32 = 0
        var messages: [String] = []
        do {
            try TerminalSession.withTerminal { terminal in
                let noColor = ProcessEnvironment.current["NO_COLOR"].map { !$0.isEmpty } ?? false
                let (theme, warnings) = themes.theme(named: theme, noColor: noColor, colorSupport: terminal.colorSupport)
                // Links are known before the first layout, so the answer is laid out once.
                var state = AppState(library: library, theme: theme, size: terminal.size,
                                     hyperlinks: Hyperlink.isEnabled(environment: ProcessEnvironment.current, isTerminal: true))
                state.message = (warnings + library.warnings.map(\.description)).first
                state.study.pendingScope = scope
                if let plan { state.study.interviewPlan = plan }
                state.utcOffsetSeconds = LocalTime.utcOffsetSeconds()
                if rest != nil { state.libraryProgress = LibraryProgress(loaded: 1, total: total) }
                state.navigation.canOpenExternally = canOpenLinks.value
                state.refreshLayout()  // the first frame already shows links as the terminal draws them
                var loop = BrowserLoop(state: state, terminal: terminal, clock: SystemClock(), performer: performer,
                                       environment: ProcessEnvironment.current)
                status = loop.run()
                messages = loop.state.exitMessages
            }
        } catch let error as TerminalError {
            throw Console.failure(error.description)
        }
        // After the terminal is given back, so the reader sees where rescued text went.
        for message in messages {
            // A rescued note's text keeps its lines; everything else is one line.
            if message.contains("\n") {
                try? Output.write(message + "\n", as: .verbatim, to: STDERR_FILENO)
            } else {
                Output.complain(message)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

extension ThemeSelection {
    /// Themes/ beside the bundled content, and the reader's config file.
    static func standard(contentDirectory: String) -> ThemeSelection {
        ThemeSelection(themesDirectory: ContentLocator.themesDirectory(contentDirectory: contentDirectory),
                       configFile: ThemeSelection.configFile(environment: ProcessEnvironment.current))
    }
}
