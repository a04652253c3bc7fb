import ArgumentParser
import Chapter
import Foundation
import Notes
import Study

/// `sobes review QUESTION again|hard|good|easy`: records one review without the browser.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record one review of a question: again, hard, good or easy.",
        discussion: """
            QUESTION is a number in the first chapter (6) or chapter/number (04-asyncio/6). \
            The review is appended to the review log in the data directory; the card's schedule \
            follows from the whole log (FSRS-6). `fuzz = false` under [study] in config.toml \
            turns the interval fuzz off, as --no-fuzz does for one review.
            """)

    @Argument(help: "The question: 6 or 04-asyncio/6.") var question: QuestionReference
    @Argument(help: "again, hard, good or easy.") var rating: Rating
    @OptionGroup var time: StudyTimeOption
    @Flag(name: .customLong("no-fuzz"), help: "Schedule the exact interval, without the random spread.")
    var noFuzz = false
    @OptionGroup var library: LibraryOptions
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingStudyErrors {
            let question = try question.resolve(in: try library.loadLibrary())
            let at = try time.instant()
            let context = StudyContext.fromConfig()
            let fuzzed = context.fuzzByDefault && !noFuzz
            let key = CardKey(chapterID: question.id.chapterID, questionKey: studyKey(for: question))
            let store = try data.store()
            var scheduled = Card.new
            let outcome = try store.appendReview(chapterID: key.chapterID, questionKey: key.questionKey) { logged in
                let before = context.scheduler.card(
                    replaying: logged.compactMap(Review.init).filter { $0.time < at }, seed: key.fuzzSeed)
                let after = context.scheduler.review(before, rating, at: at, fuzzDraw: fuzzed ? key.fuzzSeed.draw(at: at) : nil)
                scheduled = after
                return ReviewRecord(
                    chapterID: key.chapterID, questionKey: key.questionKey, questionTitle: question.title,
                    reviewedAt: at.millisecondsSince1970, rating: rating.name, elapsed: nil,
                    stateBefore: before.state.rawValue, stateAfter: after.state.rawValue, stepAfter: after.step,
                    stabilityAfter: after.memory?.stability ?? 0, difficultyAfter: after.memory?.difficulty ?? 0,
                    dueAfter: after.due?.millisecondsSince1970 ?? at.millisecondsSince1970, fuzzed: fuzzed)
            }
            reportRecovery(of: store)
            guard case .appended = outcome else {
                throw Console.failure("\(question.id) already has a review at \(StudyFormat.time(at)); nothing recorded")
            }
            let due = scheduled.due.map(StudyFormat.time) ?? "-"
            print("\(question.id) \(rating.name): \(scheduled.state.rawValue), due \(due)")
        }
    }
}

extension Rating: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
}
