import Glibc
import Synchronization

/// A pipe background work writes a byte into when it finishes, so the loop, waiting for
/// input, wakes the moment a result is ready instead of looking again every few ms.
/// The terminal's input wait watches `descriptor` beside standard input.
public final class CompletionSignal: Sendable {
    /// The end to watch: readable while a completion has not been taken.
    public let descriptor: Int32
    private let writeEnd: Int32
    /// Set with each byte written: `clear` makes no system call when nothing was said.
    private let said = Mutex(false)

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    /// Says some work finished (from any thread). A full pipe already says so.
    public func notify() {
        guard writeEnd >= 0 else { return }
        // The byte before the flag: a `clear` between the two leaves the byte for the next
        // one, never a readable pipe with no flag (the loop would wake again and again).
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
        said.withLock { $0 = true }
    }

    /// Takes every completion said so far, so the descriptor waits again.
    public func clear() {
        guard descriptor >= 0, said.withLock({ said in defer { said = false }; return said }) else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while bytes.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, 64) }) > 0 {}
    }
}
