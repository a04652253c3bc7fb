import Browser
import Foundation
import Runtime
import Screen
import Study

/// A clock the tests move: the scripted terminal advances it while the loop "waits". Its
/// wall clock reads 2026-12-01T10:00:00Z at the start and runs with it.
final class ManualClock: RuntimeClock, @unchecked Sendable {
    private(set) var now = Moment.start
    static let wallAtStart = Instant(secondsSince1970: 1_796_119_200)

    var wallTime: Instant {
        let (seconds, attoseconds) = now.sinceStart.components
        return Self.wallAtStart + TimeSpan(milliseconds: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    func advance(by duration: Duration) {
        now = now + duration
    }
}

/// A terminal in memory that plays a script: input events, pauses of scripted time, checks
/// run at a moment of the script, and signals. When the script runs out it hangs up
/// (SIGHUP), as a closed terminal would, so every run ends.
final class ScriptedTerminal: Terminal {
    enum Step {
        case event(InputEvent)
        /// Scripted time passes with no input (the loop may wake up meanwhile).
        case wait(Duration)
        /// Runs when the script reaches it, between two events: to look at the database
        /// or the screen at that moment, as a `kill -9` then would leave them.
        case inspect(() -> Void)
        case signal(Int32)
    }

    let size: Size
    let colorSupport = ColorSupport.indexed256
    private let clock: ManualClock
    private var script: [Step]
    private(set) var frames = 0
    private(set) var lastFrame: Buffer?
    private(set) var copied: [String] = []
    private(set) var pendingSignal: Int32?

    init(size: Size, clock: ManualClock, script: [Step]) {
        self.size = size
        self.clock = clock
        // A person's first key comes long after the notes are read (a few ms, in the background).
        self.script = [.wait(.milliseconds(300))] + script
    }

    /// The last frame's rows as text.
    var lines: [String] { lastFrame?.lines() ?? [] }
    var screenText: String { lines.joined(separator: "\n") }

    func draw(_ buffer: Buffer) {
        lastFrame = buffer
        frames += 1
    }

    func setCursor(_ position: Point?) {}
    func flush() {}

    func copyToClipboard(_ text: String) {
        copied.append(text)
    }

    private(set) var redraws = 0
    private(set) var suspensions = 0
    func redraw() { redraws += 1 }
    func suspend() { suspensions += 1 }
    /// How many times another program had the terminal.
    var lendings = 0
    func lend(_ body: () -> Void) {
        lendings += 1
        body()
    }

    func nextEvent(timeout: Duration?, wakingOn descriptor: Int32?) -> InputEvent? {
        while let step = script.first {
            switch step {
            case .event(let event):
                script.removeFirst()
                return event
            case .inspect(let body):
                script.removeFirst()
                body()
            case .signal(let number):
                script.removeFirst()
                pendingSignal = number
                return nil
            case .wait(let duration):
                // While background work runs (a search), it takes a few ms of scripted time
                // and the real time it needs: the loop wakes when it says it is done.
                let slice = min(duration, timeout ?? duration, descriptor == nil ? duration : .milliseconds(5))
                clock.advance(by: slice)
                if let descriptor {
                    var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&watched, 1, 5000)
                } else if slice <= .milliseconds(10) {
                    Thread.sleep(forTimeInterval: Double(slice.components.attoseconds) / 1e18)
                }
                if slice >= duration {
                    script.removeFirst()
                } else {
                    script[0] = .wait(duration - slice)
                }
                return nil
            }
        }
        pendingSignal = 1  // SIGHUP: the terminal went away
        return nil
    }
}

extension ScriptedTerminal.Step {
    static func key(_ character: Character) -> Self { .event(.character(character)) }
    static func key(_ key: Key, _ modifiers: Modifiers = []) -> Self { .event(.key(key, modifiers)) }
}

/// The steps of typing text, key by key.
func typed(_ text: String) -> [ScriptedTerminal.Step] {
    InputEvent.typing(text).map { .event($0) }
}
