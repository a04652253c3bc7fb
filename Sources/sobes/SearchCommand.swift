import ArgumentParser
import Chapter
import Foundation
import Search

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        // Parsed by itself (`Sobes.parseAsRoot(arguments:)`), it still names itself `sobes search`
        // and leaves the request for a completion script, which only the root answers, to the root.
        _superCommandName: "sobes",
        abstract: "Search every question: ranked, with snippets.",
        discussion: """
            Questions matching more of the words rank higher, and so do words standing together; \
            stop words (как, what) are left out; "quoted words" match as a phrase; a built-in \
            glossary and transliteration match across Russian and English; typos and words typed \
            in the wrong keyboard layout are forgiven. The output first says how the query was \
            read. tsv columns: rank, chapter id, question number, score, title, snippet. No match: \
            nothing on stdout (json still prints its document) and status 1, as grep.
            """)

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The words to search for.") var query: [String]
    @Option(help: "At most this many results.") var limit: Int = 20
    @Option(help: "text, tsv or json.") var format: SearchOutputFormat = .text
    @Flag(help: "The last word also matches as the beginning of longer words.") var prefix = false
    @OptionGroup var data: NotesDataOptions
    @OptionGroup var colors: ColorOptions
    @OptionGroup var header: TSVHeaderOption

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !query.joined().trimmingWhitespace().isEmpty else { throw ValidationError("give some words to search for") }
    }

    func run() throws {
        let terms = TermDictionary.load(contentDirectory: library.settings.contentDirectory)
        for warning in terms.warnings { Console.warn(warning) }
        let (mapped, chapters) = try library.settings.searchIndex(terms: terms)
        var index = mapped
        // The reader's notes are searched too, when there are any (nothing is created here).
        if let store = try? data.store(), FileManager.default.fileExists(atPath: store.databasePath),
           let notes = try? store.notes() {
            // Orphans have no question to be found under.
            for note in notes { index.setNote(note.text, forKey: note.key.questionKey) }
        }
        let words = query.joined(separator: " ")
        // Ranked once without snippets, so the chapters the snippets quote are read side by side
        // before they are cut from them.
        var results = index.search(words, limit: limit, snippetLimit: 0, prefixLastWord: prefix)
        chapters?.readAhead(results.hits.map(\.questionID.chapterID))
        for rank in results.hits.indices { results.hits[rank].snippet = index.snippet(for: results.hits[rank], in: results) }
        if format == .tsv { for line in SearchResultsFormat.analysisLines(results) { Console.warn(line) } }
        // As grep and rg: no match prints nothing on stdout (the reading and "no matches" go
        // to stderr for a person; json still gives its document) and exits with status 1.
        if results.hits.isEmpty {
            switch format {
            case .json: try Output.write(SearchOutput.json(results, query: words, key: { index.keyTitle(of: $0) }), as: .machine)
            case .text: for line in SearchResultsFormat.text(results).split(separator: "\n") { Output.complain("sobes: \(line)") }
            case .tsv: break
            }
            throw ExitCode(1)
        }
        switch format {
        case .json: try Output.write(SearchOutput.json(results, query: words, key: { index.keyTitle(of: $0) }), as: .machine)
        case .tsv: try Output.write(SearchOutput.tsv(results, header: header.header), as: .machine)
        case .text:
            if let theme = colors.resolvedTheme() {
                try Output.write(SearchOutput.coloredText(results, theme: theme), as: .rendered)
            } else {
                try Output.write(SearchResultsFormat.text(results), as: .forPeople)
            }
        }
    }
}
