import Chapter
import Foundation
import Notes
import Study

/// Deriving the cards from the review log at start-up (budget: 10,000 reviews in under
/// 5 ms), and reading that log from the database.
enum StudyBenchmarks {
    static let cardCount = 1_000
    static let reviewsPerCard = 10

    static func run(_ context: BenchmarkContext) throws {
        let records = log()
        let entries = records.map { record in
            (key: CardKey(chapterID: record.chapterID, questionKey: record.questionKey),
             review: Review(rating: Rating(name: record.rating)!, time: Instant(millisecondsSince1970: record.reviewedAt),
                            fuzzed: record.fuzzed))
        }
        let scheduler = Scheduler.standard
        var cards: [CardKey: Card] = [:]
        var foldCPU: [Double] = []
        cards = scheduler.cards(replaying: entries)  // warm-up, outside both figures
        let foldSamples = context.measure(iterations: 200, warmup: 0) {
            let start = threadCPUSeconds()
            cards = scheduler.cards(replaying: entries)
            foldCPU.append(threadCPUSeconds() - start)
        }
        guard cards.count == cardCount else { throw BenchmarkError("folded \(cards.count) cards") }
        print("derive \(cardCount) cards from \(records.count) reviews (fold): wall \(Summary(foldSamples))")
        // The CPU figure holds up when other jobs share the machine's two cores.
        print("derive \(cardCount) cards from \(records.count) reviews (fold): CPU  \(Summary(foldCPU))")

        let fromRecords = context.measure(iterations: 200) {
            cards = scheduler.cards(replaying: records.map { record in
                (key: CardKey(chapterID: record.chapterID, questionKey: record.questionKey),
                 review: Review(rating: Rating(name: record.rating)!, time: Instant(millisecondsSince1970: record.reviewedAt),
                                fuzzed: record.fuzzed))
            })
        }
        print("derive \(cardCount) cards from \(records.count) log records (convert + fold): \(Summary(fromRecords))")

        let directory = NSTemporaryDirectory() + "sobes-bench-study-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = NotesStore(directory: directory, questionKey: QuestionKey.normalizedTitle)
        let document = ReviewLogJSONLines.render(records)
        _ = try store.importReviewLog(document, fileName: "bench.jsonl")
        var read: [ReviewRecord] = []
        let readSamples = try context.measure(iterations: 50) { read = try store.reviews() }
        guard read.count == records.count else { throw BenchmarkError("read \(read.count) reviews") }
        print("read \(records.count) reviews from the database: \(Summary(readSamples))")
        store.close()
        print("budget: derive 10,000 reviews < 5 ms")
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// 1,000 questions in 100 chapters, 10 reviews each, every review on the day it falls
    /// due (fuzz on, as by default), grades mostly Good with lapses: the log a year of
    /// study leaves.
    static func log() -> [ReviewRecord] {
        var generator = SystemRandomNumberGenerator()
        let scheduler = Scheduler.standard
        var records: [ReviewRecord] = []
        records.reserveCapacity(cardCount * reviewsPerCard)
        for index in 0..<cardCount {
            let key = CardKey(chapterID: "\(10 + index / 10)-chapter", questionKey: "как работает вопрос номер \(index) и что спросят дальше")
            var card = Card.new
            var time = Instant(secondsSince1970: 1_760_000_000 + Int64.random(in: 0..<86_400, using: &generator))
            for _ in 0..<reviewsPerCard {
                let rating: Rating = [.again, .hard, .good, .good, .good, .easy].randomElement(using: &generator)!
                let before = card
                card = scheduler.review(card, rating, at: time, fuzzDraw: key.fuzzSeed.draw(at: time))
                records.append(ReviewRecord(
                    chapterID: key.chapterID, questionKey: key.questionKey, questionTitle: key.questionKey,
                    reviewedAt: time.millisecondsSince1970, rating: rating.name, elapsed: nil,
                    stateBefore: before.state.rawValue, stateAfter: card.state.rawValue, stepAfter: card.step,
                    stabilityAfter: card.memory!.stability, difficultyAfter: card.memory!.difficulty,
                    dueAfter: card.due!.millisecondsSince1970, fuzzed: true))
                time = card.due!
            }
        }
        return records
    }
}
