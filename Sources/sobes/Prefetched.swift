import Dispatch
import Synchronization

/// A value worked out on another thread while this one goes on with other work; `value`
/// waits for it. For start-up work the first frame needs but that needs nothing else
/// (measuring the first chapter's code while the terminal is set up).
final class Prefetched<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The value, once the work is done (at once after the first wait).
    var value: Value {
        if let value = result.withLock({ $0 }) { return value }
        done.wait()
        done.signal()  // a later read finds the result without waiting
        return result.withLock { $0! }
    }
}
