/// A few values by what they were made from, the oldest dropped first: answers laid out and
/// code blocks styled lately, so going back and forth between questions (j, k, Backspace)
/// makes none twice.
struct RecentValues<Key: Hashable & Sendable, Value: Equatable & Sendable>: Sendable, Equatable {
    let capacity: Int
    private var values: [Key: Value] = [:]
    private var order: [Key] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(key: Key) -> Value? {
        get { values[key] }
        set {
            guard let newValue else { return }
            if values.updateValue(newValue, forKey: key) == nil { order.append(key) }
            if order.count > capacity { values[order.removeFirst()] = nil }
        }
    }
}
