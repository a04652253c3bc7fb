/// A few values by what they were made from, the oldest dropped first: answers laid out and
/// code blocks styled lately, so going back and forth between questions (j, k, Backspace)
/// makes none twice.
///
/// An array searched from the newest end, not a dictionary: it holds a dozen entries, and a
/// dictionary of a new key type costs the Swift runtime a scan of every protocol conformance
/// of the program the first time it is made (about 0.4M instructions, before the first frame).
struct RecentValues<Key: Equatable & Sendable, Value: Equatable & Sendable>: Sendable, Equatable {
    let capacity: Int
    /// Oldest first.
    private var entries: [(key: Key, value: Value)] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(key: Key) -> Value? {
        get { entries.last { $0.key == key }?.value }
        set {
            guard let newValue else { return }
            if let index = entries.lastIndex(where: { $0.key == key }) {
                entries[index].value = newValue
                return
            }
            entries.append((key, newValue))
            if entries.count > capacity { entries.removeFirst() }
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.capacity == rhs.capacity, lhs.entries.count == rhs.entries.count else { return false }
        // One storage (a state and its unchanged copy, compared after every action): equal
        // without comparing the answers inside.
        let shared = lhs.entries.withUnsafeBufferPointer { left in
            rhs.entries.withUnsafeBufferPointer { $0.baseAddress == left.baseAddress }
        }
        return shared || lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
    }
}
