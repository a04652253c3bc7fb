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
public struct CardKey: Hashable, Comparable, Sendable {
    public var chapterID: String
    public var questionKey: String

    public init(chapterID: String, questionKey: String) {
        self.chapterID = chapterID
        self.questionKey = questionKey
    }

    public var fuzzSeed: FuzzSeed { FuzzSeed(chapterID: chapterID, questionKey: questionKey) }

    public static func < (lhs: CardKey, rhs: CardKey) -> Bool {
        (lhs.chapterID, lhs.questionKey) < (rhs.chapterID, rhs.questionKey)
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

    /// Every card of a log, each folded over its own reviews. The log may come in any order.
    public func cards(replaying log: [(key: CardKey, review: Review)]) -> [CardKey: Card] {
        var reviewsByCard: [CardKey: [Review]] = [:]
        for entry in log {
            reviewsByCard[entry.key, default: []].append(entry.review)
        }
        var cards: [CardKey: Card] = [:]
        cards.reserveCapacity(reviewsByCard.count)
        for (key, reviews) in reviewsByCard {
            cards[key] = card(replaying: reviews, seed: key.fuzzSeed)
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
