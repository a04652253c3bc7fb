// Shared by the library fuzz targets (compiled into each): times every input (the CPU time of
// the fuzzing thread, so other work on the machine does not count) and keeps the slowest per
// 100 KB, printed when the run ends. A case slower than 1 s per 100 KB (issue 11's
// bound) is a failure. Inputs under 10 KB count as 10 KB, so fixed costs (and the sanitizers'
// own) do not dominate, and the first input is timed on its second run (the first pays for
// one-time set-up).
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
    // The first input pays for one-time set-up (metadata, extension registration): run it
    // once untimed, then time it again.
    if inputsRun == 0 { body() }
    // An input over the bound is timed twice more and its fastest run counts: a page fault
    // storm or the allocator's first growth is not the code's slowness.
    var per100KB = Double.infinity
    for _ in 0..<3 {
        per100KB = min(per100KB, seconds(body) * 100_000 / Double(max(size, 10_000)))
        if per100KB <= 1 { break }
    }
    inputsRun += 1
    if per100KB > slowestPer100KB {
        slowestPer100KB = per100KB
        slowestSize = size
    }
    if per100KB > 1 { fatalError("\(size) bytes took \(per100KB * Double(max(size, 10_000)) / 100_000) s: over 1 s per 100 KB") }
}

private func seconds(_ body: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

/// Like `precondition`, but the message survives -O (fatalError always prints it).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
