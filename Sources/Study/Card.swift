/// What FSRS knows about one question after its reviews: a value, derived from the log.
public struct Card: Equatable, Sendable {
    public var state: CardState
    /// The learning or relearning step; nil in `new` and `review`.
    public var step: Int?
    /// Stability (days until retrievability falls to 90%) and difficulty (1...10); nil
    /// before the first review.
    public var memory: Memory?
    /// When the card is next due; nil before the first review.
    public var due: Instant?
    public var lastReview: Instant?
    /// How many reviews the card has had, and how many of them forgot a card in review.
    public var reviewCount: Int
    public var lapses: Int

    public struct Memory: Equatable, Sendable {
        public var stability: Double
        public var difficulty: Double

        public init(stability: Double, difficulty: Double) {
            self.stability = stability
            self.difficulty = difficulty
        }
    }

    /// A card never reviewed.
    public static let new = Card(state: .new, step: nil, memory: nil, due: nil, lastReview: nil, reviewCount: 0, lapses: 0)

    public init(state: CardState, step: Int?, memory: Memory?, due: Instant?, lastReview: Instant?,
                reviewCount: Int, lapses: Int) {
        self.state = state
        self.step = step
        self.memory = memory
        self.due = due
        self.lastReview = lastReview
        self.reviewCount = reviewCount
        self.lapses = lapses
    }

    /// Due at `time` (a new card is not: it has no schedule yet).
    public func isDue(at time: Instant) -> Bool {
        due.map { $0 <= time } ?? false
    }
}
