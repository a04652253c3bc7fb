import ArgumentParser
import Chapter
import Foundation
import Search

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every question: ranked, with snippets.",
        discussion: """
            Every word must match (questions matching most words follow); the last word also \
            matches as a prefix; "quoted words" match as a phrase; typos and a query typed in the \
            wrong keyboard layout are forgiven. tsv columns: rank, chapter id, question number, \
            score, title, snippet.
            """)

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The words to search for.") var query: [String]
    @Option(help: "At most this many results.") var limit: Int = 20
    @Option(help: "text, tsv or json.") var format: SearchResultsFormat = .text
    @OptionGroup var data: NotesDataOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !query.joined().trimmingWhitespace().isEmpty else { throw ValidationError("give some words to search for") }
    }

    func run() throws {
        let loaded = try library.loadLibrary()
        let terms = TermDictionary.load(contentDirectory: library.contentDirectory)
        for warning in terms.warnings { Console.warn(warning) }
        var index = SearchIndex(library: loaded, terms: terms)
        // The reader's notes are searched too, when there are any (nothing is created here).
        if let store = try? data.store(), FileManager.default.fileExists(atPath: store.databasePath),
           let notes = try? store.notes() {
            for note in notes {
                index.setNote(note.text, for: QuestionID(chapterID: note.key.chapterID, number: note.key.questionNumber))
            }
        }
        let results = index.search(query.joined(separator: " "), limit: limit)
        if format != .text, let note = SearchResultsFormat.readingNote(results) { Console.warn(note) }
        try Output.write(format.render(results), as: format == .text ? .forPeople : .machine)
    }
}

extension SearchResultsFormat: ExpressibleByArgument {}
