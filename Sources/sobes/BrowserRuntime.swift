import Browser
import Chapter
import Curses
import Foundation
import Notes
import Screen

/// The browser's loop: input → action → update → render → draw. The only place effects happen.
struct BrowserRuntime {
    var library: Library
    var contentDirectory: String
    var themeName: String?
    var themeSelection: ThemeSelection
    var notes: NotesSession

    /// How long typed text may wait before it is saved: kill -9 loses at most this much.
    static let autosaveDelay: Duration = .milliseconds(800)
    static let retryDelay: Duration = .seconds(5)

    /// Runs until the reader quits or a signal asks to stop; returns the exit status.
    func run() throws -> Int32 {
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else {
            throw Console.failure("the browser needs a terminal on stdin and stdout; try `sobes list` or `sobes show N`")
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
        var dirtySince: ContinuousClock.Instant?
        var savedPosition: ReadingPosition?
        var positionChangedAt: ContinuousClock.Instant?
        defer { notes.savePosition(state.readingPosition) }

        func dispatch(_ action: Action) {
            var pending = [action]
            while !pending.isEmpty {
                for effect in update(&state, pending.removeFirst()) {
                    switch effect {
                    case .search(let text, let generation):
                        search?.submit(text: text, generation: generation)
                    case .saveNote(let id, let title, let text, let basedOn, let generation):
                        let outcome = notes.save(id: id, title: title, text: text, basedOn: basedOn, generation: generation)
                        if case .noteSaved = outcome { search?.setNote(text, for: id) }
                        pending.append(outcome)
                    }
                }
            }
        }

        while !state.isQuitting {
            render(state, into: &frame)
            terminal.draw(frame)
            terminal.setCursor(cursorPosition(state))
            terminal.flush()
            if let signal = terminal.pendingSignal {
                // SIGTERM, SIGHUP or SIGINT: keep every word typed, then go.
                dispatch(.quit)
                return 128 + signal
            }
            var actions = search?.takeFinished() ?? []
            // The notes and the search index are read after the first frame is on screen.
            if search == nil {
                let loaded = notes.load()
                var texts: [QuestionID: String] = [:]
                for case .notesLoaded(let loadedTexts, _, _) in loaded { texts = loadedTexts }
                search = SearchWorker(library: library, contentDirectory: contentDirectory, notes: texts)
                actions += loaded
            }
            if actions.isEmpty {
                var wait: Duration = search?.isBusy == true ? .milliseconds(5) : .milliseconds(1000)
                if positionChangedAt != nil { wait = min(wait, .milliseconds(250)) }
                if let dirtySince {
                    let delay = state.editing?.saveError == nil ? Self.autosaveDelay : Self.retryDelay
                    wait = min(wait, max(delay - dirtySince.duration(to: .now), .milliseconds(1)))
                }
                if let event = terminal.nextEvent(timeout: wait), let action = Keymap.action(for: event, in: state) {
                    actions.append(action)
                }
            }
            for action in actions { dispatch(action) }
            // The reading position is kept a second after it stops changing, so even a
            // killed program reopens close to where the reader was.
            if state.notes.isLoaded, state.readingPosition != savedPosition {
                let since = positionChangedAt ?? .now
                positionChangedAt = since
                if since.duration(to: .now) >= .seconds(1) {
                    savedPosition = state.readingPosition
                    notes.savePosition(savedPosition)
                    positionChangedAt = nil
                }
            }
            // Typed text is saved within a second, even while the reader keeps typing; after
            // a failed save (the text stays in the editor) it is tried again every few seconds.
            if let editing = state.editing, editing.isDirty {
                let since = dirtySince ?? .now
                dirtySince = since
                let delay = editing.saveError == nil ? Self.autosaveDelay : Self.retryDelay
                if since.duration(to: .now) >= delay {
                    dispatch(.saveNote)
                    dirtySince = nil
                }
            } else {
                dirtySince = nil
            }
        }
        return 0
    }
}
