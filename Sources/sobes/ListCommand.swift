import ArgumentParser
import Browser
import Chapter
import Foundation
import Search

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every question, one a row.",
        discussion: "tsv columns: chapter id, question number, title.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, json }

    @OptionGroup var library: LibraryOptions
    @Option(help: "text, tsv or json.") var format: Format = .text
    @OptionGroup var colors: ColorOptions
    @OptionGroup var header: TSVHeaderOption

    func run() throws {
        let library = try library.settings.loadLibrary()
        // Only json carries the follow-ups' links: the other formats keep their columns.
        let links = format == .json ? try self.library.settings.followUpLinks(of: library) : []
        switch format {
        case .text:
            let painter = Painter(theme: colors.resolvedTheme())
            try Output.write(QuestionListing.text(library, painter: painter), as: painter.form)
        case .tsv: try Output.write(QuestionListing.tsv(library, header: header.header), as: .machine)
        case .json: try Output.write(QuestionListing.json(library, links: links), as: .machine)
        }
    }
}

/// The rows of `sobes list`, in each format.
enum QuestionListing {
    /// Chapters, each with its questions; headings and numbers in the painter's colours.
    static func text(_ library: Library, painter: Painter = Painter()) -> String {
        library.chapters.map { chapter in
            painter.paint("\(chapter.number.map { String(format: "%02d", $0) + ". " } ?? "")\(chapter.title)", .heading)
                + painter.plain("  [\(chapter.id)]") + "\n"
                + chapter.questions.map { painter.paint(String(format: "%4d", $0.number), .listNumber) + "  " + painter.plain($0.title) + "\n" }.joined()
        }.joined(separator: "\n")
    }

    static func tsv(_ library: Library, header: Bool) -> String {
        (header ? TSV.header(["chapter", "number", "title"]) : "")
            + library.allQuestions.map { TSV.row([$0.id.chapterID, String($0.number), $0.title]) }.joined()
    }

    struct Document: Encodable {
        let schema = JSONOutput.schema
        let command = "list"
        var questions: [Row]
    }

    struct Row: Encodable {
        var chapter: String; var chapterTitle: String; var number: Int; var title: String; var key: String; var line: Int
        var followUps: [FollowUp]
    }

    /// A follow-up question, and the question that answers it when one is linked.
    struct FollowUp: Encodable { var text: String; var target: Target? }
    struct Target: Encodable { var chapter: String; var number: Int; var title: String; var key: String }

    static func json(_ library: Library, links: [FollowUpLink]) -> String {
        var targets: [QuestionID: [Int: QuestionID]] = [:]
        for link in links { targets[link.source, default: [:]][link.index] = link.target }
        let rows = library.chapters.flatMap { chapter in
            chapter.questions.map { question in
                let followUps = FollowUpLinker.followUps(of: question).enumerated().map { position, text in
                    FollowUp(text: text, target: targets[question.id]?[position].flatMap { id in
                        library.question(id).map { Target(chapter: id.chapterID, number: id.number, title: $0.title, key: $0.key.title) }
                    })
                }
                return Row(chapter: chapter.id, chapterTitle: chapter.title, number: question.number, title: question.title,
                           key: question.key.title, line: question.line, followUps: followUps)
            }
        }
        return JSONOutput.render(Document(questions: rows))
    }
}
