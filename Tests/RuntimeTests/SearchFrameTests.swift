import Browser
import Runtime
import Screen
import Testing

/// A key typed into search shows with its results in one frame: the frame waits for the
/// search the key started (a few ms), not drawing the query over the old results first.
/// The wait here is long and each key is followed by seconds of scripted time, so that a
/// search slowed by a loaded machine still finishes inside both: the test counts frames per
/// key, which must not depend on how fast this machine is.
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
            var steps: [ScriptedTerminal.Step] = [.wait(.seconds(1)), .key("/"), .wait(.seconds(2)), .inspect { watch.record() }]
            for key in "sema" { steps += [.key(key), .wait(.seconds(2)), .inspect { watch.record() }] }
            let run = Fixture.run(steps, dataDirectory: directory, resultsWait: .seconds(60), watching: { watch.terminal = $0 })
            #expect(run.state.search?.text == "sema")
            #expect(zip(watch.frames, watch.frames.dropFirst()).map { $1 - $0 } == [1, 1, 1, 1])
            // The frame of the last key shows its query and what it found.
            #expect(watch.screens.last?.contains("/sema") == true)
            #expect(watch.screens.last?.contains("semaphore") == true)
        }
    }
}
