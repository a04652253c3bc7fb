import CNcursesw

/// The terminal's safety net. Every call to the shim's signal and restore helpers lives in this
/// file: the helpers keep their state in `static` C variables, of which each Swift file gets its
/// own copy (see shim.h).
enum SignalGuard {
    /// Remembers the terminal modes before curses changes them, for the crash handler.
    static func saveTerminalModes() {
        sobes_terminal_save_modes()
    }

    /// From now on: every signal whose default action only terminates (SIGINT, SIGTERM, SIGHUP,
    /// SIGUSR1, SIGPIPE, SIGALRM, ...) sets `pendingSignal`; one that dumps core (SIGSEGV,
    /// SIGABRT, SIGQUIT, ...) restores the terminal and is re-raised; exit() restores the
    /// terminal too. The lists are in shim.h.
    static func activate() {
        sobes_signal_clear()
        sobes_terminal_set_active(1)
        sobes_signal_install()
    }

    /// Puts back the signal handlers that were there before `activate`.
    static func deactivate() {
        sobes_signal_uninstall()
        sobes_terminal_set_active(0)
    }

    /// True between `activate` and `deactivate`: only one terminal session may run at a time.
    static var isActive: Bool { sobes_terminal_active() != 0 }

    /// True once after the process was resumed from a suspend (SIGCONT).
    static func takeContinued() -> Bool {
        sobes_signal_take_continued() != 0
    }

    /// The quit signal received since `activate`, if any.
    static var pendingSignal: Int32? {
        let number = sobes_signal_pending()
        return number == 0 ? nil : number
    }
}
