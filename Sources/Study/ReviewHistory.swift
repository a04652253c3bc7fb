#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One grade in a card's history: the review log's row, as scheduling needs it.
public struct Review: Equatable, Sendable {
    public var rating: Rating
    public var time: Instant
    /// Whether this review's interval was fuzzed (`--no-fuzz` or the config turn it off).
    public var fuzzed: Bool

    public init(rating: Rating, time: Instant, fuzzed: Bool) {
        self.rating = rating
        self.time = time
        self.fuzzed = fuzzed
    }
}

/// Names a card: the question's chapter and its stable key (the normalised title).
///
/// Equal when the UTF-8 bytes are, and hashed over them: the key is normalised once when
/// it is made, and String's own hashing would normalise every Cyrillic key again on each
/// lookup (most of the cost of folding a large log).
public struct CardKey: Hashable, Comparable, Sendable {
    public var chapterID: String
    public var questionKey: String

    public init(chapterID: String, questionKey: String) {
        self.chapterID = chapterID
        self.questionKey = questionKey
    }

    public var fuzzSeed: FuzzSeed { FuzzSeed(chapterID: chapterID, questionKey: questionKey) }

    public static func == (lhs: CardKey, rhs: CardKey) -> Bool {
        sameBytes(lhs.questionKey, rhs.questionKey) && sameBytes(lhs.chapterID, rhs.chapterID)
    }

    public func hash(into hasher: inout Hasher) {
        Self.hashBytes(of: chapterID, into: &hasher)
        Self.hashBytes(of: questionKey, into: &hasher)
    }

    public static func < (lhs: CardKey, rhs: CardKey) -> Bool {
        (lhs.chapterID, lhs.questionKey) < (rhs.chapterID, rhs.questionKey)
    }

    private static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
        }
    }

    private static func hashBytes(of text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }
}

extension Scheduler {
    /// The card after its reviews, replayed in time order from a new card: the log is the
    /// truth and the card a fold over it. Reviews at the same instant keep their order.
    public func card(replaying reviews: [Review], seed: FuzzSeed) -> Card {
        var card = Card.new
        for review in Self.inTimeOrder(reviews) {
            card = self.review(card, review.rating, at: review.time,
                               fuzzDraw: review.fuzzed ? seed.draw(at: review.time) : nil)
        }
        return card
    }

    /// Every card of a log, each folded over its own reviews. The log may come in any order;
    /// read in key order (as the store returns it), each card's reviews are one run.
    public func cards(replaying log: [(key: CardKey, review: Review)]) -> [CardKey: Card] {
        var runs: [CardKey: [Range<Int>]] = [:]
        var start = 0
        while start < log.count {
            var end = start + 1
            while end < log.count, log[end].key == log[start].key { end += 1 }
            runs[log[start].key, default: []].append(start..<end)
            start = end
        }
        var cards: [CardKey: Card] = [:]
        cards.reserveCapacity(runs.count)
        for (key, ranges) in runs {
            cards[key] = card(replaying: ranges.flatMap { log[$0].map(\.review) }, seed: key.fuzzSeed)
        }
        return cards
    }

    /// The reviews sorted by time, stably; a log read in order (the usual case) is not copied.
    private static func inTimeOrder(_ reviews: [Review]) -> [Review] {
        if zip(reviews, reviews.dropFirst()).allSatisfy({ $0.time <= $1.time }) { return reviews }
        return reviews.enumerated()
            .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
    }
}
