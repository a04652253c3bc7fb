/// How far the reader is with a set of questions: each question counts in exactly one
/// bucket, so the four add up to the number of questions.
public struct StudyProgress: Equatable, Sendable {
    /// Never reviewed.
    public var new = 0
    /// In learning or relearning steps, not due yet.
    public var learning = 0
    /// Reviewed and due now, whatever its state.
    public var due = 0
    /// In review and not due: remembered, by the schedule's reckoning.
    public var known = 0

    public init(new: Int = 0, learning: Int = 0, due: Int = 0, known: Int = 0) {
        self.new = new
        self.learning = learning
        self.due = due
        self.known = known
    }

    public var total: Int { new + learning + due + known }

    /// Counts each question's card (nil: never reviewed) at `time`.
    public init(cards: some Sequence<Card?>, at time: Instant) {
        for card in cards {
            switch Bucket(card, at: time) {
            case .new: new += 1
            case .learning: learning += 1
            case .due: due += 1
            case .known: known += 1
            }
        }
    }

    /// The bucket one question counts in.
    public enum Bucket: String, CaseIterable, Sendable {
        case new, learning, due, known

        public init(_ card: Card?, at time: Instant) {
            guard let card, card.state != .new else { self = .new; return }
            if card.isDue(at: time) { self = .due; return }
            self = card.state == .review ? .known : .learning
        }
    }
}
