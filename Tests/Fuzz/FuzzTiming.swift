// Shared by the library fuzz targets (compiled into each): times every input and keeps the
// slowest per 100 KB, printed when the run ends. A case slower than 1 s per 100 KB (issue 11's
// bound) is a failure. Inputs under 10 KB count as 10 KB, so fixed costs (and the sanitizers'
// own) do not dominate, and the first input, which pays for one-time set-up, is not counted.
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var slowestPer100KB = 0.0
nonisolated(unsafe) private var slowestSize = 0
nonisolated(unsafe) private var inputsRun = 0
nonisolated(unsafe) private var reportInstalled = false

/// Runs `body` on an input of `size` bytes, timing it.
func timed(size: Int, _ body: () -> Void) {
    if !reportInstalled {
        reportInstalled = true
        atexit {
            let line = "fuzz timing: \(inputsRun) inputs; slowest \(Int(slowestPer100KB * 1000)) ms per 100 KB (an input of \(slowestSize) bytes)\n"
            _ = line.withCString { write(2, $0, strlen($0)) }
        }
    }
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    let per100KB = seconds * 100_000 / Double(max(size, 10_000))
    inputsRun += 1
    if inputsRun == 1 { return }
    if per100KB > slowestPer100KB {
        slowestPer100KB = per100KB
        slowestSize = size
    }
    if per100KB > 1 { fatalError("\(size) bytes took \(seconds) s: over 1 s per 100 KB") }
}

/// Like `precondition`, but the message survives -O (fatalError always prints it).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
