import Chapter
import Notes
import Study

/// The review log read and written as the scheduler sees it: the one way a review is
/// recorded (the browser's grades and `sobes review` alike) and the cards folded from it.
public struct StudyLog: Sendable {
    public var scheduler: Scheduler
    /// Whether intervals are fuzzed (`fuzz = false` under `[study]` turns it off).
    public var fuzzed: Bool

    public init(scheduler: Scheduler = .standard, fuzzed: Bool = true) {
        self.scheduler = scheduler
        self.fuzzed = fuzzed
    }

    /// Appends one review in one transaction: the card before it is folded from the reviews
    /// the log holds earlier than `at` (another process may have added some), the card after
    /// it is the scheduler's. Returns what the store did and the card after the review.
    public func record(_ rating: Rating, of key: CardKey, title: String, at time: Instant,
                       in store: NotesStore) throws -> (outcome: ReviewAppendOutcome, card: Card) {
        var scheduled = Card.new
        let outcome = try store.appendReview(chapterID: key.chapterID, questionKey: key.questionKey) { logged in
            let before = scheduler.card(replaying: logged.compactMap(Review.init).filter { $0.time < time },
                                        seed: key.fuzzSeed)
            let after = scheduler.review(before, rating, at: time, fuzzDraw: fuzzed ? key.fuzzSeed.draw(at: time) : nil)
            scheduled = after
            return ReviewRecord(
                chapterID: key.chapterID, questionKey: key.questionKey, questionTitle: title,
                reviewedAt: time.millisecondsSince1970, rating: rating.name, elapsed: nil,
                stateBefore: before.state.rawValue, stateAfter: after.state.rawValue, stepAfter: after.step,
                stabilityAfter: after.memory?.stability ?? 0, difficultyAfter: after.memory?.difficulty ?? 0,
                dueAfter: after.due?.millisecondsSince1970 ?? time.millisecondsSince1970, fuzzed: fuzzed)
        }
        return (outcome, scheduled)
    }

    /// Every card of a log, folded per question.
    public func cards(from records: [ReviewRecord]) -> [CardKey: Card] {
        var log: [(key: CardKey, review: Review)] = []
        log.reserveCapacity(records.count)
        for record in records {
            guard let review = Review(record) else { continue }
            log.append((CardKey(chapterID: record.chapterID, questionKey: record.questionKey), review))
        }
        return scheduler.cards(replaying: log)
    }
}

extension Review {
    /// The scheduling facts of a logged review (nil for a rating the log cannot hold).
    public init?(_ record: ReviewRecord) {
        guard let rating = Rating(name: record.rating) else { return nil }
        self.init(rating: rating, time: Instant(millisecondsSince1970: record.reviewedAt), fuzzed: record.fuzzed)
    }
}
