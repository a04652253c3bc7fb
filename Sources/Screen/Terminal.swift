/// A terminal the runtime loop runs on: frames out, input events in. The ncurses session
/// is one; tests script another in memory.
public protocol Terminal: Backend {
    /// The next input event, waiting at most `timeout` (nil: until one comes). Nil when the
    /// time is up, a signal arrived (see `pendingSignal`), or `descriptor` (background work's
    /// completion signal) became readable.
    mutating func nextEvent(timeout: Duration?, wakingOn descriptor: Int32?) -> InputEvent?
    /// SIGTERM, SIGHUP or SIGINT, once one has arrived: the program should save and end.
    var pendingSignal: Int32? { get }
    /// Asks the terminal to put text on the system clipboard.
    mutating func copyToClipboard(_ text: String)
    /// Repaints everything at the next flush, whatever the terminal shows now.
    mutating func redraw()
    /// Gives the terminal back to the shell and stops until resumed (`fg`).
    mutating func suspend()
    /// Gives the terminal to another program (the reader's editor) while `body` runs, then
    /// takes it back and repaints.
    mutating func lend(_ body: () -> Void)
}
