import Browser
import Screen

/// The browser's loop: input and the clock become actions, `update` decides, effects go to
/// the performer, and the state is drawn after every wake-up. It decides nothing itself.
///
///     var loop = BrowserLoop(state: state, terminal: session, clock: SystemClock(), performer: effects)
///     let status = loop.run()   // 0, or 128 + the signal that ended it
public struct BrowserLoop<Screen: Terminal, Clock: RuntimeClock, Performer: EffectPerformer> {
    public private(set) var state: AppState
    public private(set) var terminal: Screen
    public private(set) var performer: Performer
    private let clock: Clock
    /// The moments `update` asked to be woken at, earliest first.
    private var wakeTimes: [Moment] = []
    private var frame: Buffer

    /// How soon the loop looks again for background results while work is pending.
    static var busyPoll: Duration { .milliseconds(5) }
    /// The longest wait for input, so the loop never sleeps through a signal for long.
    static var longestWait: Duration { .seconds(1) }

    public init(state: AppState, terminal: Screen, clock: Clock, performer: Performer) {
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
        dispatch(.started)
        while !state.isQuitting {
            draw()
            if let signal = terminal.pendingSignal {
                dispatch(.terminate(signal: signal))
                break
            }
            var actions = performer.takeFinished()
            var event: InputEvent?
            if actions.isEmpty {
                event = terminal.nextEvent(timeout: waitTime())
                actions = performer.takeFinished()
            }
            let now = clock.now
            wakeTimes.removeAll { $0 <= now }
            dispatch(.tick(now, wall: clock.wallTime))
            for action in actions { dispatch(action) }
            if let event, let action = Keymap.action(for: event, in: state) { dispatch(action) }
        }
        return state.exitStatus
    }

    /// Applies an action, then the actions its effects report, in order.
    mutating func dispatch(_ action: Action) {
        var pending = [action]
        while !pending.isEmpty {
            for effect in update(&state, pending.removeFirst()) {
                switch effect {
                case .wake(let moment):
                    wakeTimes.insert(moment, at: wakeTimes.firstIndex { $0 > moment } ?? wakeTimes.endIndex)
                case .copyToClipboard(let text):
                    terminal.copyToClipboard(text)
                case .redrawScreen:
                    terminal.redraw()
                case .suspend:
                    terminal.suspend()
                default:
                    pending += performer.perform(effect)
                }
            }
        }
    }

    private mutating func draw() {
        render(state, into: &frame)
        terminal.draw(frame)
        terminal.setCursor(cursorPosition(state))
        terminal.flush()
    }

    private func waitTime() -> Duration {
        var wait = Self.longestWait
        if let next = wakeTimes.first { wait = min(wait, max(next - clock.now, .zero)) }
        if performer.isBusy { wait = min(wait, Self.busyPoll) }
        return wait
    }
}
