import Browser
import Foundation
import Screen

/// The browser's loop: input and the clock become actions, `update` decides, effects go to
/// the performer, and the state is drawn after every wake-up that `update` says changed it.
/// It decides nothing itself.
///
///     var loop = BrowserLoop(state: state, terminal: session, clock: SystemClock(), performer: effects)
///     let status = loop.run()   // 0, or 128 + the signal that ended it
///
/// Its parts are existentials, not generic parameters: a generic type made of the program's own
/// types is built by the Swift runtime the first time, checking each conformance by a scan of
/// all of them (about 0.8M instructions before the first frame); a call through an existential
/// costs next to nothing against a frame.
public struct BrowserLoop {
    public private(set) var state: AppState
    public private(set) var terminal: any Terminal
    public private(set) var performer: any EffectPerformer
    private let clock: any RuntimeClock
    /// Where the reader's editor ($VISUAL, $EDITOR) is named.
    private let environment: [String: String]
    /// The moments `update` asked to be woken at, earliest first.
    private var wakeTimes: [Moment] = []
    private var frame: Buffer
    /// The frame and cursor the terminal shows (nil: it must be drawn whole again).
    private var shown: (frame: Buffer, cursor: Point?)?
    /// An action changed the state since the last frame was drawn (`ScreenBaseline`).
    private var stateChanged = true
    /// While a search started by a key runs, the frame waits for its results until this
    /// moment: the query and what it found then show in one frame, not two.
    private var frameHeldUntil: Moment?

    /// How soon the loop looks again for background results while work is pending, for a
    /// performer with no completion signal to wake it.
    static var busyPoll: Duration { .milliseconds(5) }
    /// The longest wait for input, so the loop never sleeps through a signal for long.
    static var longestWait: Duration { .seconds(1) }
    /// How long a frame waits for the results of the search its key started: a search takes a
    /// few ms, and a person does not see a frame 25 ms late, but sees the list change twice.
    public static var defaultResultsWait: Duration { .milliseconds(25) }
    private let resultsWait: Duration

    public init(state: AppState, terminal: any Terminal, clock: any RuntimeClock, performer: any EffectPerformer,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                resultsWait: Duration = defaultResultsWait) {
        self.environment = environment
        self.resultsWait = resultsWait
        self.state = state
        self.terminal = terminal
        self.clock = clock
        self.performer = performer
        self.frame = Buffer(size: state.size)
    }

    /// Runs until the reader quits or a signal ends the program; returns the exit status.
    public mutating func run() -> Int32 {
        dispatch(.tick(clock.now, wall: clock.wallTime))
        draw()
        turn { $0.dispatch(.started) }
        while !state.isQuitting {
            if isFrameHeld() {
                // The search's results are on their way: they go into the next frame.
            } else {
                frameHeldUntil = nil
                draw()
            }
            if let signal = terminal.pendingSignal {
                dispatch(.terminate(signal: signal))
                break
            }
            var actions = performer.takeFinished()
            var event: InputEvent?
            if actions.isEmpty {
                let completion = performer.isBusy ? performer.completionDescriptor : nil
                event = terminal.nextEvent(timeout: waitTime(), wakingOn: completion)
                actions = performer.takeFinished()
            }
            let now = clock.now
            wakeTimes.removeAll { $0 <= now }
            turn { loop in
                loop.dispatch(.tick(now, wall: loop.clock.wallTime))
                loop.apply(finished: actions)
                // After a resize the terminal repaints everything, even at the same size.
                if case .resize? = event { loop.shown = nil }
                if let event, let action = Keymap.action(for: event, in: loop.state) { loop.dispatch(action) }
            }
        }
        return state.exitStatus
    }

    /// Runs the actions `body` dispatches, then asks once whether the screen changed: a turn
    /// of the loop (a tick, background results, a key) costs one copy of the state and one
    /// comparison, not one for each action.
    private mutating func turn(_ body: (inout BrowserLoop) -> Void) {
        let baseline = ScreenBaseline(state)
        body(&self)
        if baseline.changesScreen(state) { stateChanged = true }
    }

    /// True while a frame waits for the search its key started: results that arrived
    /// meanwhile are applied first (they release it), and it waits no longer than
    /// `resultsWait`, nor once no background work is left that could bring them.
    private mutating func isFrameHeld() -> Bool {
        guard let until = frameHeldUntil, clock.now < until else { return false }
        // Asked before taking: work that ends in between has left its results in what is taken.
        let busy = performer.isBusy
        let finished = performer.takeFinished()
        if !finished.isEmpty {
            turn { loop in
                loop.dispatch(.tick(loop.clock.now, wall: loop.clock.wallTime))
                loop.apply(finished: finished)
            }
        }
        return frameHeldUntil != nil && busy
    }

    /// Applies what background work reported; search results release a held frame.
    private mutating func apply(finished actions: [Action]) {
        if actions.contains(where: { if case .searchFinished = $0 { true } else { false } }) { frameHeldUntil = nil }
        for action in actions { dispatch(action) }
    }

    /// Applies an action, then the actions its effects report, in order. (Whether the screen
    /// changed is asked by the `turn` around it.)
    mutating func dispatch(_ action: Action) {
        var pending = [action]
        while !pending.isEmpty {
            let effects = update(&state, pending.removeFirst())
            for effect in effects {
                if case .search = effect, frameHeldUntil == nil { frameHeldUntil = clock.now + resultsWait }
                switch effect {
                case .wake(let moment):
                    wakeTimes.insert(moment, at: wakeTimes.firstIndex { $0 > moment } ?? wakeTimes.endIndex)
                case .copyToClipboard(let text):
                    terminal.copyToClipboard(text)
                    pending += performer.perform(effect)  // the desktop's tool, where there is one
                case .redrawScreen:
                    terminal.redraw()
                    shown = nil
                case .suspend:
                    terminal.suspend()
                    shown = nil
                case .editNoteOutside(let id, let title, let text, let basedOn):
                    var outcome: Result<String, EditorFailure> = .failure(EditorFailure("не запустился"))
                    let environment = environment
                    terminal.lend { outcome = OutsideEditor.edit(text, environment: environment) }
                    shown = nil
                    switch outcome {
                    case .success(let edited):
                        pending.append(.noteEditedOutside(id: id, title: title, text: edited, basedOn: basedOn, failure: nil))
                    case .failure(let failure):
                        pending.append(.noteEditedOutside(id: id, title: title, text: nil, basedOn: basedOn, failure: failure.description))
                    }
                default:
                    pending += performer.perform(effect)
                }
            }
        }
    }

    /// Renders the state and sends the frame, unless it is the one the terminal shows: a key
    /// that changes nothing costs no rendering, one that changes nothing the frame shows no
    /// terminal work. The two frames swap, so neither is copied.
    private mutating func draw() {
        guard stateChanged || shown == nil else { return }
        stateChanged = false
        render(state, into: &frame)
        let cursor = cursorPosition(state)
        if let shown, shown.cursor == cursor, frame.hasSameCells(as: shown.frame) { return }
        terminal.draw(frame)
        terminal.setCursor(cursor)
        terminal.flush()
        var previous = shown?.frame ?? frame
        swap(&frame, &previous)
        shown = (previous, cursor)
    }

    private func waitTime() -> Duration {
        var wait = Self.longestWait
        if let next = wakeTimes.first { wait = min(wait, max(next - clock.now, .zero)) }
        if let held = frameHeldUntil { wait = min(wait, max(held - clock.now, .zero)) }
        if performer.isBusy, performer.completionDescriptor == nil { wait = min(wait, Self.busyPoll) }
        return wait
    }
}
