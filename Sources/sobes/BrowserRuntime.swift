import Browser
import Chapter
import Curses
import Foundation
import Screen

/// The browser's loop: input → action → update → render → draw. The only place effects happen.
struct BrowserRuntime {
    var library: Library
    var contentDirectory: String
    var themeName: String?
    var themeSelection: ThemeSelection
    var notes: NotesSession

    /// Runs until the reader quits or a signal asks to stop; returns the exit status.
    func run() throws -> Int32 {
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else {
            throw Console.failure("the browser needs a terminal (stdout is not one); try `sobes list` or `sobes show N`")
        }
        var status: Int32 = 0
        do {
            try TerminalSession.withTerminal { terminal in
                status = loop(terminal)
            }
        } catch let error as TerminalError {
            throw Console.failure(error.description)
        }
        return status
    }

    private func loop(_ terminal: TerminalSession) -> Int32 {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let (theme, warnings) = themeSelection.theme(named: themeName, noColor: noColor, colorSupport: terminal.colorSupport)
        var state = AppState(library: library, theme: theme, size: terminal.size)
        state.message = (warnings + library.warnings.map(\.description)).first
        var frame = Buffer(size: state.size)
        var search: SearchWorker?
        defer { notes.savePosition(state.readingPosition) }
        while !state.isQuitting {
            render(state, into: &frame)
            terminal.draw(frame)
            terminal.setCursor(cursorPosition(state))
            terminal.flush()
            if let signal = terminal.pendingSignal { return 128 + signal }
            var actions = search?.takeFinished() ?? []
            // The notes and the search index are read after the first frame is on screen.
            if search == nil {
                let loaded = notes.load()
                if case .notesLoaded(let texts, _, _) = loaded {
                    search = SearchWorker(library: library, contentDirectory: contentDirectory, notes: texts)
                } else {
                    search = SearchWorker(library: library, contentDirectory: contentDirectory, notes: [:])
                }
                actions.append(loaded)
            }
            if actions.isEmpty {
                let wait: Duration = search?.isBusy == true ? .milliseconds(5) : .milliseconds(1000)
                if let event = terminal.nextEvent(timeout: wait), let action = Keymap.action(for: event, in: state) {
                    actions.append(action)
                }
            }
            for action in actions {
                for effect in update(&state, action) {
                    switch effect {
                    case .search(let text, let generation): search?.submit(text: text, generation: generation)
                    }
                }
            }
        }
        return 0
    }
}
