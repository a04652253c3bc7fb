import Synchronization

/// What a question's answer holds beyond its heading: the part of the model that is large
/// (95% of a library's decoded bytes) and needed only while the answer is shown, searched
/// or exported.
public struct QuestionBody: Sendable, Equatable {
    public var sections: [Section]
    public var footnotes: [Footnote]

    public init(sections: [Section], footnotes: [Footnote] = []) {
        self.sections = sections
        self.footnotes = footnotes
    }
}

/// A body kept in its stored form (a chapter cache entry's bytes) and decoded when it is
/// read. The decoded body is kept while it is among the most recently read ones
/// (`RecentBodies`), so a library of any size holds only the answers in use.
///
/// The stored form is immutable, so decoding it twice gives equal bodies; `fingerprint`
/// names those bytes, so two stored bodies with the same fingerprint are equal without
/// decoding either.
public final class StoredBody: Sendable {
    public let fingerprint: UInt64
    private let read: @Sendable () -> QuestionBody
    private let decoded = Mutex<QuestionBody?>(nil)

    /// `read` decodes the stored bytes; it answers for damage itself (a body re-read from its
    /// chapter file, or one that says what went wrong), so reading never fails.
    public convenience init(fingerprint: UInt64, read: @escaping @Sendable () -> QuestionBody) {
        self.init(fingerprint: fingerprint, recent: .shared, read: read)
    }

    init(fingerprint: UInt64, recent: RecentBodies, read: @escaping @Sendable () -> QuestionBody) {
        self.fingerprint = fingerprint
        self.recent = recent
        self.read = read
    }

    private let recent: RecentBodies

    public var body: QuestionBody {
        if let body = decoded.withLock({ $0 }) {
            recent.touch(self)
            return body
        }
        let body = read()
        decoded.withLock { $0 = body }
        recent.remember(self)
        return body
    }

    /// Whether the decoded body is held now (tests; the bound on memory).
    public var isDecoded: Bool { decoded.withLock { $0 != nil } }

    func forget() { decoded.withLock { $0 = nil } }
}

/// The stored bodies whose decoded form is kept: the most recently read ones, a bound on
/// how much of the library is decoded at once. Enough for the chapters in use (the open
/// one, the one a search or a follow-up jump went to), little against the whole library.
final class RecentBodies: Sendable {
    static let shared = RecentBodies(capacity: 256)

    private let capacity: Int
    /// Oldest first; a read body moves to the end.
    private let order = Mutex<[StoredBody]>([])

    init(capacity: Int) {
        self.capacity = capacity
    }

    func remember(_ body: StoredBody) {
        let evicted: [StoredBody] = order.withLock { order in
            order.removeAll { $0 === body }
            order.append(body)
            guard order.count > capacity else { return [] }
            let overflow = Array(order.prefix(order.count - capacity))
            order.removeFirst(order.count - capacity)
            return overflow
        }
        // Outside the lock: a body's own lock is never taken while this one is held.
        for body in evicted { body.forget() }
    }

    func touch(_ body: StoredBody) {
        order.withLock { order in
            // The usual case: the body just read is read again (a frame draws it several times).
            if order.last === body { return }
            if let position = order.lastIndex(where: { $0 === body }) {
                order.remove(at: position)
                order.append(body)
            }
        }
    }
}
