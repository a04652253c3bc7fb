import Browser
import Runtime
import Screen
import Testing

/// A key that changes nothing must cost no terminal work: the loop sends a frame only when
/// it differs from the one shown (or the cursor moved).
@Suite struct FrameSkippingTests {
    /// Lets a script step look at the terminal the run creates later.
    final class Watch: @unchecked Sendable {
        var terminal: ScriptedTerminal?
        var frames: [Int] = []
        func record() { frames.append(terminal?.frames ?? -1) }
    }

    @Test func aKeyThatChangesNothingSendsNoFrame() throws {
        try Fixture.withDataDirectory { directory in
            let watch = Watch()
            let steps: [ScriptedTerminal.Step] = [
                // The notes, cards and index load in the background and change the screen when
                // they arrive (on a loaded machine, after the first key): wait them out first.
                .wait(.seconds(1)),
                .inspect { watch.record() },
                .key("k"), .wait(.milliseconds(50)), .inspect { watch.record() },  // already at the top
                .key("k"), .wait(.milliseconds(50)), .inspect { watch.record() },
                .key("j"), .wait(.milliseconds(50)), .inspect { watch.record() },
            ]
            let run = Fixture.run(steps, dataDirectory: directory, watching: { watch.terminal = $0 })
            #expect(watch.frames.count == 4)
            #expect(watch.frames[0] > 0)
            #expect(watch.frames[1] == watch.frames[0])
            #expect(watch.frames[2] == watch.frames[0])
            #expect(watch.frames[3] == watch.frames[0] + 1)
            #expect(run.state.selectedRow == 1)
        }
    }
}
