import ArgumentParser
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

    func run() throws {
        let library = try library.loadLibrary()
        // Only json carries the follow-ups' links: the other formats keep their columns.
        let links = format == .json
            ? FollowUpLinker.links(library: library, index: FollowUpTargets.index(of: library, contentDirectory: self.library.contentDirectory))
            : []
        try Output.write(QuestionListing.render(library, format: format, links: links), as: format == .text ? .forPeople : .machine)
    }
}

/// The rows of `sobes list`, in each format.
enum QuestionListing {
    static func render(_ library: Library, format: ListCommand.Format, links: [FollowUpLink] = []) -> String {
        switch format {
        case .text:
            return library.chapters.map { chapter in
                "\(chapter.number.map { String(format: "%02d", $0) + ". " } ?? "")\(chapter.title)  [\(chapter.id)]\n"
                    + chapter.questions.map { String(format: "%4d  ", $0.number) + $0.title + "\n" }.joined()
            }.joined(separator: "\n")
        case .tsv:
            return library.allQuestions.map {
                [$0.id.chapterID, String($0.number), $0.title].map(tsvField).joined(separator: "\t") + "\n"
            }.joined()
        case .json:
            // `key` is the question's stable identity (its normalised title): notes follow it.
            // `followUps`: each follow-up question, and the question that answers it when one is linked.
            struct FollowUp: Encodable { var text: String; var target: Target? }
            struct Target: Encodable { var chapter: String; var number: Int; var title: String }
            struct Row: Encodable {
                var chapter: String; var chapterTitle: String; var number: Int; var title: String; var key: String; var line: Int
                var followUps: [FollowUp]
            }
            var targets: [QuestionID: [Int: QuestionID]] = [:]
            for link in links { targets[link.source, default: [:]][link.index] = link.target }
            let rows = library.chapters.flatMap { chapter in
                chapter.questions.map { question in
                    let followUps = FollowUpLinker.followUps(of: question).enumerated().map { position, text in
                        FollowUp(text: text, target: targets[question.id]?[position].flatMap { id in
                            library.question(id).map { Target(chapter: id.chapterID, number: id.number, title: $0.title) }
                        })
                    }
                    return Row(chapter: chapter.id, chapterTitle: chapter.title, number: question.number, title: question.title,
                               key: question.key.title, line: question.line, followUps: followUps)
                }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            return String(decoding: (try? encoder.encode(rows)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
        }
    }

    /// Tabs and newlines inside a field would break the row: show them as spaces.
    static func tsvField(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
