import ArgumentParser
import Browser
import Chapter
import Foundation
import Notes
import Study

/// `sobes progress`: per chapter, how many questions are new, learning, due and known.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show per chapter how many questions are new, learning, due and known.",
        discussion: """
            Each question counts once: new (never reviewed), learning (in its learning or \
            relearning steps), due (due at --at), known (in review, not due). The bar draws \
            known █, learning ▓, due ▒, new ░. tsv columns: chapter id, title, new, learning, \
            due, known.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv }

    @OptionGroup var time: StudyTimeOption
    @Option(help: "text or tsv.") var format: Format = .text
    @OptionGroup var header: TSVHeaderOption
    @OptionGroup var colors: ColorOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var data: NotesDataOptions

    func run() throws {
        try reportingStudyErrors {
            let snapshot = try StudySnapshot.read(library: library, time: time, data: data)
            let at = snapshot.at
            var cards: [CardKey: Card] = [:]
            for reviewed in snapshot.cards { cards[reviewed.key] = reviewed.card }
            let chapters = snapshot.library.chapters.map { chapter in
                (chapter, StudyProgress(cards: chapter.questions.map {
                    cards[CardKey(chapterID: chapter.id, questionKey: studyKey(for: $0))]
                }, at: at))
            }
            let painter = Painter(theme: format == .text ? colors.resolvedTheme() : nil)
            try Output.write(ProgressReport.render(chapters, format: format, header: header.header, painter: painter),
                             as: format == .text ? painter.form : .machine)
        }
    }
}

enum ProgressReport {
    static let barWidth = 20

    static let tsvColumns = ["chapter", "title", "new", "learning", "due", "known"]

    static func render(_ chapters: [(Chapter, StudyProgress)], format: ProgressCommand.Format, header: Bool = false,
                       painter: Painter = Painter()) -> String {
        switch format {
        case .tsv:
            return (header ? TSV.header(tsvColumns) : "") + chapters.map { chapter, progress in
                TSV.row([chapter.id, chapter.title, String(progress.new), String(progress.learning),
                         String(progress.due), String(progress.known)])
            }.joined()
        case .text:
            var total = StudyProgress()
            var lines = chapters.map { chapter, progress in
                total.new += progress.new
                total.learning += progress.learning
                total.due += progress.due
                total.known += progress.known
                return line(label: chapter.id, progress, painter: painter) + "  " + painter.plain(Console.oneLine(chapter.title))
            }
            if chapters.count > 1 { lines.append(line(label: "all", total, painter: painter)) }
            return lines.map { $0 + "\n" }.joined()
        }
    }

    /// `04-asyncio  ███▓▒░░░  known 3/10 · learning 1 · due 1 · new 5`.
    static func line(label: String, _ progress: StudyProgress, painter: Painter = Painter()) -> String {
        painter.paint(label, .listNumber) + "  " + painter.paint(bar(progress), .bullet)
            + painter.plain("  known \(progress.known)/\(progress.total) · learning \(progress.learning)"
                            + " · due \(progress.due) · new \(progress.new)")
    }

    /// Each bucket gets its share of the width, rounded so the shares fill it exactly.
    static func bar(_ progress: StudyProgress) -> String {
        let counts = [progress.known, progress.learning, progress.due, progress.new]
        let glyphs: [Character] = ["█", "▓", "▒", "░"]
        guard progress.total > 0 else { return String(repeating: " ", count: barWidth) }
        var bar = ""
        var cumulative = 0
        var drawn = 0
        for (count, glyph) in zip(counts, glyphs) {
            cumulative += count
            let end = (cumulative * barWidth + progress.total / 2) / progress.total
            bar += String(repeating: glyph, count: end - drawn)
            drawn = end
        }
        return bar
    }
}
