import ArgumentParser
import Browser
import Chapter
import Foundation
import Notes
import Runtime
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
            let question = try question.resolve(in: try library.settings.loadLibrary())
            let at = try time.instant()
            let context = StudyContext.fromConfig()
            let fuzzed = context.fuzzByDefault && !noFuzz
            let key = cardKey(for: question)
            let store = try data.store()
            let log = StudyLog(scheduler: context.scheduler, fuzzed: fuzzed)
            let (outcome, scheduled) = try log.record(rating, of: key, title: question.title, at: at, in: store)
            reportRecovery(of: store)
            guard case .appended = outcome else {
                throw Console.failure("\(question.id) already has a review at \(StudyFormat.time(at)); nothing recorded")
            }
            let due = scheduled.due.map(StudyFormat.time) ?? "-"
            try Output.write("\(question.id) \(rating.name): \(scheduled.state.rawValue), due \(due)\n", as: .forPeople)
        }
    }
}

extension Rating: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
}
