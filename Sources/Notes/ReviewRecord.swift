/// One review as the log keeps it: which question, when, the grade, and the card's state
/// before and after as the scheduler saw it then. Plain values: Notes knows nothing of the
/// scheduler; times are milliseconds since 1970 (UTC).
public struct ReviewRecord: Equatable, Sendable {
    public var chapterID: String
    /// The question's stable key (its normalised title), not its number.
    public var questionKey: String
    /// The title when it was reviewed, to show a review whose question is gone.
    public var questionTitle: String
    public var reviewedAt: Int64
    /// `again`, `hard`, `good` or `easy`.
    public var rating: String
    /// Milliseconds since the question's previous review; nil for its first.
    public var elapsed: Int64?
    /// `new`, `learning`, `review` or `relearning`.
    public var stateBefore: String
    public var stateAfter: String
    public var stepAfter: Int?
    public var stabilityAfter: Double
    public var difficultyAfter: Double
    public var dueAfter: Int64
    /// Whether the interval was fuzzed: replaying the log needs to know.
    public var fuzzed: Bool

    public init(chapterID: String, questionKey: String, questionTitle: String, reviewedAt: Int64, rating: String,
                elapsed: Int64?, stateBefore: String, stateAfter: String, stepAfter: Int?,
                stabilityAfter: Double, difficultyAfter: Double, dueAfter: Int64, fuzzed: Bool) {
        self.chapterID = chapterID
        self.questionKey = questionKey
        self.questionTitle = questionTitle
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.elapsed = elapsed
        self.stateBefore = stateBefore
        self.stateAfter = stateAfter
        self.stepAfter = stepAfter
        self.stabilityAfter = stabilityAfter
        self.difficultyAfter = difficultyAfter
        self.dueAfter = dueAfter
        self.fuzzed = fuzzed
    }

    static let ratings: Set<String> = ["again", "hard", "good", "easy"]
    static let statesBefore: Set<String> = ["new", "learning", "review", "relearning"]
    static let statesAfter: Set<String> = ["learning", "review", "relearning"]

    /// What is wrong with the record's values, or nil (the table's CHECKs, said in words).
    var problem: String? {
        if chapterID.isEmpty { return "empty chapter" }
        if questionKey.isEmpty { return "empty question key" }
        if !Self.ratings.contains(rating) { return "rating '\(rating)' is not again, hard, good or easy" }
        if !Self.statesBefore.contains(stateBefore) { return "state before '\(stateBefore)' is unknown" }
        if !Self.statesAfter.contains(stateAfter) { return "state after '\(stateAfter)' is unknown" }
        if let elapsed, elapsed < 0 { return "negative elapsed time" }
        if !stabilityAfter.isFinite || !difficultyAfter.isFinite { return "stability and difficulty must be numbers" }
        return nil
    }
}

/// What appending a review did.
public enum ReviewAppendOutcome: Equatable, Sendable {
    case appended(ReviewRecord)
    /// The question already has a review at that millisecond: nothing written.
    case duplicate(ReviewRecord)
}

/// What importing a review log did.
public struct ReviewImportReport: Equatable, Sendable {
    public var imported = 0
    /// Reviews the log already had (same question, same millisecond).
    public var alreadyPresent = 0

    public init(imported: Int = 0, alreadyPresent: Int = 0) {
        self.imported = imported
        self.alreadyPresent = alreadyPresent
    }
}
