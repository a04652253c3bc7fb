import ArgumentParser
import Chapter
import Foundation

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
        try Output.write(QuestionListing.render(library, format: format), as: format == .text ? .forPeople : .machine)
    }
}

/// The rows of `sobes list`, in each format.
enum QuestionListing {
    static func render(_ library: Library, format: ListCommand.Format) -> String {
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
            struct Row: Encodable { var chapter: String; var chapterTitle: String; var number: Int; var title: String; var key: String; var line: Int }
            let rows = library.chapters.flatMap { chapter in
                chapter.questions.map {
                    Row(chapter: chapter.id, chapterTitle: chapter.title, number: $0.number, title: $0.title, key: $0.key.title, line: $0.line)
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
