/// Where a card is in FSRS's cycle. `new` is a card never reviewed (the `fsrs` package
/// calls that Learning at step 0 with no memory yet; its first review behaves the same).
public enum CardState: String, CaseIterable, Sendable {
    case new
    case learning
    case review
    case relearning
}
