import Browser
import Runtime
import Screen
import Testing

/// A key typed into search shows with its results in one frame: the frame waits for the
/// search the key started (a few ms), not drawing the query over the old results first.
@Suite struct SearchFrameTests {
    final class Watch: @unchecked Sendable {
        var terminal: ScriptedTerminal?
        var frames: [Int] = []
        var screens: [String] = []
        func record() {
            frames.append(terminal?.frames ?? -1)
            screens.append(terminal?.screenText ?? "")
        }
    }

    @Test func eachKeyTypedIntoSearchDrawsOneFrameWithItsResults() throws {
        try Fixture.withDataDirectory { directory in
            let watch = Watch()
            var steps: [ScriptedTerminal.Step] = [.wait(.seconds(1)), .key("/"), .wait(.milliseconds(100)), .inspect { watch.record() }]
            for key in "sema" { steps += [.key(key), .wait(.milliseconds(100)), .inspect { watch.record() }] }
            let run = Fixture.run(steps, dataDirectory: directory, watching: { watch.terminal = $0 })
            #expect(run.state.search?.text == "sema")
            #expect(zip(watch.frames, watch.frames.dropFirst()).map { $1 - $0 } == [1, 1, 1, 1])
            // The frame of the last key shows its query and what it found.
            #expect(watch.screens.last?.contains("/sema") == true)
            #expect(watch.screens.last?.contains("semaphore") == true)
        }
    }
}
