import ArgumentParser
import Chapter
import Foundation
import Notes
import Study

/// `sobes due`: the cards due at a time (or every reviewed card), from the review log.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List the questions due for review.",
        discussion: """
            tsv columns: chapter id, question number, title, state (new, learning, review, \
            relearning), step (empty when none), stability, difficulty, due (ISO 8601, UTC), \
            retrievability at --at. A reviewed question no longer in the library keeps its \
            chapter and last title, with an empty number.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, json }

    @OptionGroup var time: StudyTimeOption
    @Flag(help: "Every reviewed question, due or not.") var all = false
    @Option(help: "text, tsv or json.") var format: Format = .text
    @OptionGroup var header: TSVHeaderOption
    @OptionGroup var colors: ColorOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingStudyErrors {
            let snapshot = try StudySnapshot.read(library: library, time: time, data: data)
            let (at, context) = (snapshot.at, snapshot.context)
            let questions = questionsByKey(snapshot.library)
            let rows = snapshot.cards
                .filter { all || $0.card.isDue(at: at) }
                .map { DueRow($0, question: questions[$0.key], retrievability: context.scheduler.retrievability(of: $0.card, at: at)) }
                .sorted(by: DueRow.comesBefore)
            if rows.isEmpty && format == .text {
                Output.complain("sobes: nothing \(all ? "reviewed" : "due") at \(StudyFormat.time(at))")
            }
            let painter = Painter(theme: format == .text ? colors.resolvedTheme() : nil)
            try Output.write(DueRow.render(rows, format: format, at: at, header: header.header, painter: painter),
                             as: format == .text ? painter.form : .machine)
        }
    }
}

/// One line of `sobes due`.
struct DueRow {
    var chapterID: String
    var key: String
    var number: Int?
    var title: String
    var card: Card
    var retrievability: Double

    init(_ reviewed: ReviewedCard, question: Question?, retrievability: Double) {
        chapterID = reviewed.key.chapterID
        key = reviewed.key.questionKey
        number = question?.number
        title = question?.title ?? reviewed.loggedTitle
        card = reviewed.card
        self.retrievability = retrievability
    }

    var due: Instant { card.due ?? Instant(millisecondsSince1970: .min) }

    /// Soonest due first; then by chapter and number, questions gone from the library last.
    static func comesBefore(_ lhs: DueRow, _ rhs: DueRow) -> Bool {
        (lhs.due, lhs.chapterID, lhs.number ?? .max, lhs.title) < (rhs.due, rhs.chapterID, rhs.number ?? .max, rhs.title)
    }

    static let tsvColumns = ["chapter", "number", "title", "state", "step", "stability", "difficulty", "due", "retrievability"]

    static func render(_ rows: [DueRow], format: DueCommand.Format, at: Instant, header: Bool = false,
                       painter: Painter = Painter()) -> String {
        switch format {
        case .tsv:
            return (header ? TSV.header(tsvColumns) : "") + rows.map { row in
                TSV.row([row.chapterID, row.number.map(String.init) ?? "", row.title,
                         row.card.state.rawValue, row.card.step.map(String.init) ?? "",
                         StudyFormat.number(row.card.memory?.stability ?? 0), StudyFormat.number(row.card.memory?.difficulty ?? 0),
                         row.card.due.map(StudyFormat.time) ?? "", StudyFormat.number(row.retrievability)])
            }.joined()
        case .text:
            return rows.map { row in
                let name = row.number.map { "\(row.chapterID)/\($0)" } ?? "\(row.chapterID)/-"
                let step = row.card.step.map { " \($0)" } ?? ""
                let due: String = row.card.due.map(StudyFormat.time) ?? "-"
                let rest: String = "  R " + String(format: "%.2f", row.retrievability) + "  " + Console.oneLine(row.title)
                let state: String = painter.paint(row.card.state.rawValue + step, .emphasis)
                return painter.paint(name, .listNumber) + painter.plain("  " + due + "  ") + state + painter.plain(rest) + "\n"
            }.joined()
        case .json:
            // `number` is null for a question gone from the library (its key and last title remain).
            struct Entry: Encodable {
                var chapter: String, number: Int?, key: String, title: String, state: String, step: Int?
                var stability: Double?, difficulty: Double?, due: String?, retrievability: Double
                var reviews: Int, lapses: Int
            }
            struct Document: Encodable {
                let schema = JSONOutput.schema
                let command = "due"
                var at: String
                var cards: [Entry]
            }
            let entries = rows.map {
                Entry(chapter: $0.chapterID, number: $0.number, key: $0.key, title: $0.title, state: $0.card.state.rawValue,
                      step: $0.card.step, stability: $0.card.memory?.stability, difficulty: $0.card.memory?.difficulty,
                      due: $0.card.due.map(StudyFormat.time), retrievability: $0.retrievability,
                      reviews: $0.card.reviewCount, lapses: $0.card.lapses)
            }
            return JSONOutput.render(Document(at: StudyFormat.time(at), cards: entries))
        }
    }
}
