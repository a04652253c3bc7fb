// ncursesw with its wide-character API, which stays hidden unless
// _XOPEN_SOURCE_EXTENDED is defined before the header; plus small helpers for what Swift cannot
// reach directly: C globals (stdscr, COLORS, ...), function-like macros (A_BOLD, BUTTON1_PRESSED,
// ...) and async-signal-safe terminal restoration on signals.
//
// Everything here is `static`, so each Swift file that calls a helper gets its own copy of
// the static variables below: only Sources/Curses/SignalGuard.swift may call the sobes_signal_*
// and sobes_terminal_* helpers, so that one copy is shared by the handlers and their readers.
#ifndef SOBES_CNCURSESW_SHIM_H
#define SOBES_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <execinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: Locale

/// setlocale(LC_ALL, ""), then C.UTF-8 for LC_CTYPE when the environment's locale is not UTF-8.
/// Returns 1 when the character set is UTF-8 afterwards.
static inline int sobes_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && strcmp(codeset, "UTF-8") == 0) return 1;
    if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "en_US.UTF-8");
    codeset = nl_langinfo(CODESET);
    return codeset && strcmp(codeset, "UTF-8") == 0;
}

static inline int sobes_wcwidth(wchar_t c) { return wcwidth(c); }

// MARK: Globals

static inline WINDOW *sobes_stdscr(void) { return stdscr; }
static inline WINDOW *sobes_curscr(void) { return curscr; }
static inline int sobes_lines(void) { return LINES; }
static inline int sobes_cols(void) { return COLS; }
static inline int sobes_colors(void) { return COLORS; }
static inline int sobes_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *sobes_stdout(void) { return stdout; }
static inline FILE *sobes_stdin(void) { return stdin; }

static inline void sobes_window_size(WINDOW *window, int *height, int *width) {
    int y, x;
    getmaxyx(window, y, x);
    *height = y;
    *width = x;
}

// MARK: Attributes and keys

/// Bits as in Screen's Attributes: bold 1, dim 2, italic 4, underline 8, reverse 16.
/// (Strikethrough has no curses attribute; the backend draws it with a combining stroke.)
static inline attr_t sobes_attributes(unsigned bits) {
    attr_t result = A_NORMAL;
    if (bits & 1) result |= A_BOLD;
    if (bits & 2) result |= A_DIM;
    if (bits & 4) result |= A_ITALIC;
    if (bits & 8) result |= A_UNDERLINE;
    if (bits & 16) result |= A_REVERSE;
    return result;
}

static inline int sobes_key_f(int n) { return KEY_F(n); }

/// True when the terminfo entry has the RGB flag: a direct-colour entry (xterm-direct), whose
/// colour numbers are RGB values.
static inline int sobes_has_rgb_flag(void) { return tigetflag("RGB") > 0; }

// True when the terminal can move the cursor (terminfo "cup"): a full-screen program needs it.
static inline int sobes_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/// The key code ncurses gives an extended key named in terminfo ("kRIT5" is Ctrl+Right in
/// xterm), or -1 when the terminal does not define it.
static inline int sobes_extended_key_code(const char *capname) {
    char *sequence = tigetstr(capname);
    if (sequence == NULL || sequence == (char *)-1) return -1;
    int code = key_defined(sequence);
    return code > 0 ? code : -1;
}

// MARK: Mouse

static inline mmask_t sobes_button_pressed(int button) {
    switch (button) {
    case 1: return BUTTON1_PRESSED;
    case 2: return BUTTON2_PRESSED;
    case 3: return BUTTON3_PRESSED;
    case 4: return BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    case 5: return BUTTON5_PRESSED;
#endif
    default: return 0;
    }
}
// The left button's release and the pointer's motion (asking for it makes ncurses turn on the
// terminal's motion tracking): a drag, for selecting text in a pane.
static inline mmask_t sobes_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t sobes_report_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t sobes_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t sobes_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t sobes_button_alt(void) { return BUTTON_ALT; }

// MARK: Terminal restoration on signals (call only from SignalGuard.swift)

static volatile sig_atomic_t sobes_signal_pending_number = 0;
static volatile sig_atomic_t sobes_terminal_is_active = 0;
static volatile sig_atomic_t sobes_continued = 0;
static int sobes_saved_termios_valid = 0;

// Function-local statics: Swift's importer does not emit file-scope tentative definitions.
static struct termios *sobes_saved_termios_storage(void) {
    static struct termios saved;
    return &saved;
}
static struct sigaction *sobes_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}

/// What endwin would undo, as raw escapes (async-signal-safe to write): reset attributes,
/// mouse reporting and bracketed paste off, cursor keys back to normal mode, cursor shown,
/// alternate screen left.
static const char sobes_reset_escapes[] =
    "\033[0m\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?2004l\033[?1l\033>"
    "\033[?25h\033[?1049l\r\n";

static inline void sobes_terminal_save_modes(void) {
    sobes_saved_termios_valid = tcgetattr(STDIN_FILENO, sobes_saved_termios_storage()) == 0;
}

static void sobes_terminal_emergency_restore(void) {
    if (!sobes_terminal_is_active) return;
    sobes_terminal_is_active = 0;
    ssize_t ignored = write(STDOUT_FILENO, sobes_reset_escapes, sizeof sobes_reset_escapes - 1);
    (void)ignored;
    if (sobes_saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, sobes_saved_termios_storage());
}

static void sobes_crash_handler(int signal_number) {
    sobes_terminal_emergency_restore();
    // The Swift backtracer, run from a terminal, would wait 30 s for a key before letting the
    // process die (it decides that at start-up, from SWIFT_BACKTRACE, too early to change):
    // print the raw stack here instead and let the default action end the process now.
    static const char message[] = "sobes: crashed; stack:\n";
    ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
    (void)ignored;
    void *frames[64];
    backtrace_symbols_fd(frames, backtrace(frames, 64), STDERR_FILENO);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void sobes_quit_handler(int signal_number) {
    if (sobes_signal_pending_number != 0) {
        // A second quit signal: the program did not react to the first (it may be stuck), so
        // give the terminal back and let the signal's default action end the process.
        sobes_terminal_emergency_restore();
        signal(signal_number, SIG_DFL);
        raise(signal_number);
        return;
    }
    sobes_signal_pending_number = signal_number;
}

/// After a suspend (Ctrl+Z, then fg) the shell may have turned bracketed paste off.
static void sobes_continue_handler(int signal_number) {
    (void)signal_number;
    sobes_continued = 1;
}

static void sobes_terminal_restore_at_exit(void) {
    sobes_terminal_emergency_restore();
}

static inline void sobes_terminal_set_active(int active) {
    static int registered = 0;
    if (active && !registered) {
        registered = 1;
        atexit(sobes_terminal_restore_at_exit);
    }
    sobes_terminal_is_active = active;
}

static inline int sobes_terminal_active(void) { return sobes_terminal_is_active; }

// Every signal whose default action ends the process. Those that only terminate end the
// program the orderly way (the note is saved); those that dump core are crashes. The
// real-time signals (also "terminate") are added at run time: SIGRTMIN is not a constant.
static const int sobes_quit_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGIO,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
};
static const int sobes_crash_signals[] = {
    SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGQUIT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ,
};

/// Quit signals set a flag the input loop reads (no SA_RESTART, so a blocked read returns);
/// a second quit signal before the program ends restores the terminal and kills the process;
/// crash signals restore the terminal and re-raise.
static inline void sobes_signal_install(void) {
    // backtrace() loads libgcc on its first call, which is not safe inside a signal handler.
    void *frame;
    backtrace(&frame, 1);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = sobes_quit_handler;
    for (unsigned i = 0; i < sizeof sobes_quit_signals / sizeof *sobes_quit_signals; i++) {
        sigaction(sobes_quit_signals[i], &action, &sobes_previous_actions()[sobes_quit_signals[i]]);
    }
    for (int number = SIGRTMIN; number <= SIGRTMAX && number < NSIG; number++) {
        sigaction(number, &action, &sobes_previous_actions()[number]);
    }
    action.sa_handler = sobes_continue_handler;
    sigaction(SIGCONT, &action, &sobes_previous_actions()[SIGCONT]);
    action.sa_handler = sobes_crash_handler;
    action.sa_flags = SA_NODEFER | SA_ONSTACK;
    for (unsigned i = 0; i < sizeof sobes_crash_signals / sizeof *sobes_crash_signals; i++) {
        sigaction(sobes_crash_signals[i], &action, &sobes_previous_actions()[sobes_crash_signals[i]]);
    }
}

static inline void sobes_signal_uninstall(void) {
    sigaction(SIGCONT, &sobes_previous_actions()[SIGCONT], NULL);
    for (unsigned i = 0; i < sizeof sobes_quit_signals / sizeof *sobes_quit_signals; i++) {
        sigaction(sobes_quit_signals[i], &sobes_previous_actions()[sobes_quit_signals[i]], NULL);
    }
    for (int number = SIGRTMIN; number <= SIGRTMAX && number < NSIG; number++) {
        sigaction(number, &sobes_previous_actions()[number], NULL);
    }
    for (unsigned i = 0; i < sizeof sobes_crash_signals / sizeof *sobes_crash_signals; i++) {
        sigaction(sobes_crash_signals[i], &sobes_previous_actions()[sobes_crash_signals[i]], NULL);
    }
}

static inline int sobes_signal_pending(void) { return sobes_signal_pending_number; }

static inline void sobes_signal_clear(void) { sobes_signal_pending_number = 0; }

/// 1 once after the process was continued from a stop, then 0 until the next time.
static inline int sobes_signal_take_continued(void) {
    int continued = sobes_continued;
    sobes_continued = 0;
    return continued;
}

#endif
