/// The jump list, as in vim and web browsers: the places left by jumps, and the places gone
/// back from, for going forward again. A new jump forgets the way forward. Bounded: the
/// oldest places go first.
public struct History<Place: Equatable & Sendable>: Sendable, Equatable {
    public private(set) var back: [Place] = []
    public private(set) var forward: [Place] = []
    public let limit: Int

    public init(limit: Int = 100) {
        self.limit = max(limit, 1)
    }

    /// A jump leaves `place`.
    public mutating func record(_ place: Place) {
        forward.removeAll()
        guard back.last != place else { return }
        back.append(place)
        if back.count > limit { back.removeFirst(back.count - limit) }
    }

    /// The place to go back to from `current`, which becomes the way forward; nil at the start.
    public mutating func goBack(from current: Place) -> Place? {
        guard let place = back.popLast() else { return nil }
        forward.append(current)
        return place
    }

    /// The place to go forward to from `current`, which becomes the way back; nil at the end.
    public mutating func goForward(from current: Place) -> Place? {
        guard let place = forward.popLast() else { return nil }
        back.append(current)
        return place
    }

    /// The same history with each place changed, and those `transform` gives nil for left out
    /// (a library read again moves questions, or has them no more).
    public func compactMap(_ transform: (Place) -> Place?) -> History {
        var mapped = History(limit: limit)
        mapped.back = back.compactMap(transform)
        mapped.forward = forward.compactMap(transform)
        return mapped
    }
}
