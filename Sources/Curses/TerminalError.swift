/// Why a terminal session could not start.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    /// Standard input or output is not a terminal (redirected, piped, or no terminal at all).
    case notATerminal
    /// ncurses could not set up the terminal named by TERM.
    case unknownTerminal(String)
    /// The terminal cannot move its cursor (TERM=dumb and the like).
    case cannotAddressCursor(String)
    /// Another session is already running in this process.
    case alreadyRunning

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal"
        case .unknownTerminal(let name):
            return name.isEmpty
                ? "TERM is not set: cannot drive the terminal"
                : "cannot drive terminal type '\(name)' (TERM): no terminfo entry for it"
        case .cannotAddressCursor(let name):
            return "terminal type '\(name)' (TERM) cannot move the cursor: a full-screen program needs one that can"
        case .alreadyRunning:
            return "a terminal session is already running"
        }
    }
}
