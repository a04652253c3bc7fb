import CNcursesw
import Glibc
import Screen

/// The terminal, taken over by ncursesw: full screen, keys unbuffered and unechoed, mouse and
/// bracketed paste on. The only door between the program and the terminal.
///
///     try TerminalSession.withTerminal { terminal in
///         var frame = Buffer(size: terminal.size)
///         while terminal.pendingSignal == nil {
///             render(state, into: &frame)
///             terminal.draw(frame); terminal.setCursor(nil); terminal.flush()
///             guard let event = terminal.nextEvent(timeout: .milliseconds(500)) else { continue }
///             if case .resize(let size) = event { frame.resize(to: size) }
///             ...
///         }
///     }
///
/// The terminal is always given back as it was: by `end()` (called by `withTerminal`, and by
/// deinit as a last resort), at `exit()`, and on a signal that dumps core (SIGSEGV, SIGABRT,
/// SIGBUS, SIGILL, SIGFPE, SIGQUIT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ), which is then
/// re-raised with its default action after printing the raw stack (not through the Swift
/// backtracer, which waits 30 s for a key on a terminal). The signals that only terminate (SIGINT, SIGTERM, SIGHUP, SIGUSR1/2, SIGPIPE, SIGALRM,
/// SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT, the real-time ones) do not end the program by
/// themselves: they set `pendingSignal` and interrupt `nextEvent`, so the loop can save the
/// reader's notes, call `end()` and exit. A second one before that (the program
/// is stuck, the reader presses Ctrl+C again) restores the terminal and ends the process.
///
/// Ctrl+C stays SIGINT (the terminal is in cbreak mode, not raw); flow control (Ctrl+S, Ctrl+Q)
/// is off so those reach the program as keys.
public final class TerminalSession: Terminal {
    public private(set) var size: Size
    public let colorSupport: ColorSupport

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var writer: FrameWriter
    private var decoder: InputDecoder
    private let mouse: MouseMasks
    private var queued: [InputEvent] = []
    /// Between a left press and its release: the pointer's motion is then a drag.
    private var leftButtonHeld = false
    private var cursor: Point?
    private var cursorShown: Bool?
    private var isRunning = true

    /// How long to wait for the rest of an escape sequence ncurses passed on unrecognised.
    private static let sequenceWait: Int32 = 15
    /// How long a bracketed paste may pause before what came is delivered anyway.
    private static let pasteWait: Int32 = 1000

    /// Runs `body` with the terminal taken over, and gives it back however `body` ends.
    public static func withTerminal<Result>(_ body: (TerminalSession) throws -> Result) throws -> Result {
        let session = try TerminalSession()
        defer { session.end() }
        return try body(session)
    }

    /// Takes over the terminal. Throws when standard input or output is not a terminal, when
    /// TERM names no known terminal, or when a session is already running.
    public init() throws {
        guard !SignalGuard.isActive else { throw TerminalError.alreadyRunning }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        _ = sobes_setup_locale()
        SignalGuard.saveTerminalModes()
        let terminalName = getenv("TERM").map { String(cString: $0) } ?? ""
        let colorTerm = getenv("COLORTERM").map { String(cString: $0) }
        // COLORTERM=truecolor: the direct-colour entry of the same terminal, where installed.
        let directScreen = ColorSupport.directColorTerminal(for: terminalName, colorTerm: colorTerm)
            .flatMap { newterm($0, sobes_stdout(), sobes_stdin()) }
        guard !terminalName.isEmpty, let screen = directScreen ?? newterm(nil, sobes_stdout(), sobes_stdin()) else {
            throw TerminalError.unknownTerminal(terminalName)
        }
        set_term(screen)
        guard sobes_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotAddressCursor(terminalName)
        }
        self.screen = screen
        let window = sobes_stdscr()
        self.window = window

        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        // No look at the keyboard in the middle of a refresh: with input waiting, ncurses
        // would send what it has so far and finish the frame in pieces.
        typeahead(-1)
        Self.disableFlowControl()

        var support = ColorSupport.monochrome
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            support = ColorSupport(colors: Int(sobes_colors()), hasRGBFlag: sobes_has_rgb_flag() != 0)
        }
        colorSupport = support
        writer = FrameWriter(colorSupport: support, hasDefaultColors: defaultColors, isDirectColor: support == .trueColor)

        mouse = MouseMasks.current
        mousemask(mmask_t(mouse.reported), nil)
        mouseinterval(0)  // report presses at once instead of waiting to see a click

        decoder = InputDecoder(keyCodes: KeyCodes.forCurrentTerminal())
        size = Self.windowSize(window)
        curs_set(0)
        cursorShown = false
        // ncurses 6.4 sends its output at every cursor movement (dozens of writes a frame)
        // until the screen has been suspended and resumed once (its _nc_mvcur flushes while
        // the screen is "initial"): suspend it now, before anything is drawn; the first frame's
        // refresh resumes it, so that frame and every later one leave in one write (and the
        // screen is not painted blank first).
        endwin()
        SignalGuard.activate()
        Self.writeDirectly(Self.ownModesOn)
    }

    deinit {
        end()
    }

    /// Gives the terminal back: bracketed paste and mouse off, cursor shown, screen restored.
    /// Safe to call more than once.
    public func end() {
        guard isRunning else { return }
        isRunning = false
        Self.writeDirectly(Self.ownModesOff)
        mousemask(0, nil)
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        window = nil
        SignalGuard.deactivate()
    }

    /// The terminating signal (SIGINT, SIGTERM, SIGHUP, ...), if one arrived: the loop should save what it must, `end()`
    /// the session and exit (by convention with status 128 + the signal number).
    public var pendingSignal: Int32? {
        SignalGuard.pendingSignal
    }

    // MARK: Input

    /// The next input event, waiting at most `timeout` (nil: until one comes). Returns nil when
    /// the time is up, a signal arrived (check `pendingSignal`) or `descriptor` is readable.
    public func nextEvent(timeout: Duration? = nil, wakingOn descriptor: Int32? = nil) -> InputEvent? {
        guard isRunning else { return nil }
        restoreModesAfterSuspend()
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while queued.isEmpty {
            if pendingSignal != nil { return nil }
            let wait: Int32
            if decoder.isPending {
                wait = decoder.isInPaste ? Self.pasteWait : Self.sequenceWait
            } else if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                if left <= .zero { return nil }
                let (seconds, attoseconds) = left.components
                wait = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            } else {
                wait = -1
            }
            // With a descriptor to watch, ncurses only takes what is already there (it keeps
            // its own input buffer) and poll() does the waiting on both.
            wtimeout(window, descriptor == nil ? wait : 0)
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status == ERR, let descriptor, wait != 0 {
                switch Self.waitForInput(milliseconds: wait, orReadable: descriptor) {
                case .woken: return nil
                case .input, .interrupted: continue
                case .timedOut: break
                }
            }
            if status == ERR {
                if decoder.isPending {
                    queued += decoder.isInPaste ? decoder.endPaste() : decoder.inputPaused()
                    continue
                }
                // A timeout, a signal, or input gone (the terminal closed): the caller decides.
                return nil
            }
            if status == KEY_CODE_YES {
                handleKeyCode(Int32(bitPattern: character))
            } else if let scalar = Unicode.Scalar(UInt32(character)) {
                enqueue(decoder.feed(.character(scalar)))
            }
        }
        return queued.removeFirst()
    }

    private func handleKeyCode(_ code: Int32) {
        switch code {
        case KEY_RESIZE:
            queued += decoder.inputPaused()
            size = Self.windowSize(window)
            writer.invalidate()
            clearok(sobes_curscr(), true)  // repaint everything: the terminal may have reflowed
            queued.append(.resize(size))
        case KEY_MOUSE:
            queued += decoder.inputPaused()
            var event = MEVENT()
            guard getmouse(&event) == OK else { return }
            guard let mouseEvent = mouse.event(state: UInt(event.bstate), x: Int(event.x), y: Int(event.y)) else { return }
            enqueue([.mouse(mouseEvent)])
        default:
            enqueue(decoder.feed(.keyCode(code)))
        }
    }

    /// Queues events, mouse reports from ncurses and from the decoder (SGR) alike.
    private func enqueue(_ events: [InputEvent]) {
        for event in events {
            if case .mouse(let mouseEvent) = event {
                // The terminal reports every move of the pointer once it reports drags: only a
                // move with the left button held (a drag) is the program's business.
                switch mouseEvent.kind {
                case .press(.left): leftButtonHeld = true
                case .release(.left): leftButtonHeld = false
                case .motion where !leftButtonHeld: continue
                default: break
                }
            }
            queued.append(event)
        }
    }

    // MARK: Output

    /// Writes the cells that changed since the previous frame (shown at the next `flush`).
    public func draw(_ buffer: Buffer) {
        guard isRunning else { return }
        writer.draw(buffer, into: window, windowSize: size)
    }

    /// Where the cursor shows at the next `flush`; nil hides it.
    public func setCursor(_ position: Point?) {
        cursor = position
    }

    /// Sends everything drawn since the last flush to the terminal.
    public func flush() {
        guard isRunning else { return }
        restoreModesAfterSuspend()
        let show = cursor.map { size.width > 0 && size.height > 0 && Rect(size: size).contains($0) } ?? false
        if show != cursorShown {
            curs_set(show ? 1 : 0)
            cursorShown = show
        }
        if show, let cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
        leaveok(window, !show)
        wrefresh(window)
        if writer.hyperlinks.write(on: screen) { wrefresh(window) }
    }

    /// Asks the terminal to put `text` on the system clipboard (OSC 52). Terminals without
    /// OSC 52 ignore it; there is no way to know whether it worked.
    public func copyToClipboard(_ text: String) {
        guard isRunning else { return }
        Self.writeDirectly(clipboardEscape(for: text))
    }

    /// Forgets what the screen shows, so the next flush repaints every cell (Ctrl+L).
    public func redraw() {
        guard isRunning else { return }
        writer.invalidate()
        clearok(sobes_curscr(), true)
    }

    /// Stops the process as the suspend key would (ncurses' SIGTSTP handler gives the terminal
    /// back and takes it again on `fg`); bracketed paste is ours to turn off and on.
    public func suspend() {
        guard isRunning else { return }
        Self.writeDirectly(Self.ownModesOff)
        raise(SIGTSTP)
        restoreModesAfterSuspend()
        redraw()
    }

    /// The screen and the shell's modes go to another program for the time of `body`;
    /// then curses' modes, the mouse and bracketed paste come back and everything is redrawn.
    public func lend(_ body: () -> Void) {
        guard isRunning else { return body() }
        Self.writeDirectly(Self.ownModesOff)
        mousemask(0, nil)
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        mousemask(mmask_t(mouse.reported), nil)
        Self.writeDirectly(Self.ownModesOn)
        redraw()
    }

    // MARK: Helpers

    /// ncurses restores its own modes after Ctrl+Z and fg; bracketed paste and SGR mouse
    /// reports are ours to restore.
    private func restoreModesAfterSuspend() {
        if SignalGuard.takeContinued() { Self.writeDirectly(Self.ownModesOn) }
    }

    /// The modes ncurses knows nothing about: bracketed paste, and SGR (1006) mouse reports,
    /// turned on whatever terminfo says, since under tmux-256color and screen-256color its
    /// mouse capabilities choose the classic encoding, which cannot report a column past 223
    /// (the decoder parses SGR reports ncurses does not take for its own).
    private static let ownModesOn = "\u{1B}[?2004h\u{1B}[?1006h"
    private static let ownModesOff = "\u{1B}[?2004l\u{1B}[?1006l"

    private enum WaitOutcome { case input, woken, interrupted, timedOut }

    /// Sleeps until the terminal has input, `descriptor` is readable, a signal arrives (a
    /// resize too: ncurses then has KEY_RESIZE) or `milliseconds` pass (-1: no limit).
    private static func waitForInput(milliseconds: Int32, orReadable descriptor: Int32) -> WaitOutcome {
        // A tuple, not an array: every wait would allocate one.
        var watched = (pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
        let ready = withUnsafeMutableBytes(of: &watched) { poll($0.baseAddress?.assumingMemoryBound(to: pollfd.self), 2, milliseconds) }
        if ready < 0 { return .interrupted }
        if ready == 0 { return .timedOut }
        if watched.1.revents & Int16(POLLIN) != 0 { return .woken }
        // The terminal hung up: as when ncurses' own wait returns at once, the caller decides.
        if watched.0.revents & Int16(POLLIN) == 0 { return .timedOut }
        return .input
    }

    private static func windowSize(_ window: UnsafeMutablePointer<WINDOW>?) -> Size {
        var height: Int32 = 0, width: Int32 = 0
        sobes_window_size(window, &height, &width)
        return Size(width: Int(width), height: Int(height))
    }

    /// Turns off XON/XOFF so Ctrl+S and Ctrl+Q arrive as keys, and makes that part of the
    /// mode curses restores after a suspend (def_prog_mode reads the terminal's modes).
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        // Ctrl+Z is undo in the note editor, so it must arrive as a key, not suspend the
        // program (the terminal's modes, suspend key included, are restored at the end).
        withUnsafeMutableBytes(of: &modes.c_cc) { $0[Int(VSUSP)] = 0 }  // _POSIX_VDISABLE
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        def_prog_mode()
    }

    /// Writes escapes curses knows nothing about (bracketed paste) straight to the terminal.
    private static func writeDirectly(_ escapes: String) {
        fflush(sobes_stdout())
        var bytes = Array(escapes.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
