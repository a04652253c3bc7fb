import ArgumentParser
import Browser
import Chapter
import Screen
import Search

/// `sobes search --format`.
enum SearchOutputFormat: String, ExpressibleByArgument, CaseIterable { case text, tsv, json }

/// The tsv and json of `sobes search`, and its text in colour.
enum SearchOutput {
    static let tsvColumns = ["rank", "chapter", "number", "score", "title", "snippet"]

    static func tsv(_ results: SearchResults, header: Bool) -> String {
        (header ? TSV.header(tsvColumns) : "") + results.hits.enumerated().map { offset, hit in
            TSV.row([String(offset + 1), hit.questionID.chapterID, String(hit.questionID.number),
                     SearchResultsFormat.score(hit.score), hit.title, hit.snippet?.text ?? ""])
        }.joined()
    }

    /// The text with the matched words in the theme's search colour, the rest made visible.
    static func coloredText(_ results: SearchResults, theme: Theme) -> String {
        let match = theme.style(.searchMatch).sgr
        return SearchResultsFormat.text(results, mark: { text, ranges in
            var marked = "", offset = 0
            let characters = Array(visibleText(text))
            for range in ranges where range.lowerBound >= offset && range.upperBound <= characters.count {
                marked += String(characters[offset..<range.lowerBound])
                marked += match + String(characters[range]) + "\u{1B}[0m"
                offset = range.upperBound
            }
            return marked + String(characters[offset...])
        }, plain: visibleText)
    }

    struct Document: Encodable {
        let schema = JSONOutput.schema
        let command = "search"
        var query: String
        /// "as-typed", or "switched-layout" with `searchedAs`: the query read in the other keyboard layout.
        var reading: String
        var searchedAs: String?
        var analysis: Analysis
        /// How many questions matched; `results` stops at --limit.
        var total: Int
        var results: [Result]
    }

    struct Analysis: Encodable {
        struct LayoutSwitch: Encodable { var typed: String; var read: String }
        struct Expansion: Encodable { var word: String; var kind: String; var terms: [String] }
        var stopWords: [String]
        var uncounted: [String]
        var layoutSwitches: [LayoutSwitch]
        var expansions: [Expansion]
    }

    struct Result: Encodable {
        var rank: Int
        var chapter: String
        var number: Int
        var key: String?
        var title: String
        var score: Double
        var titleRanges: [TextRange]
        var fields: [String]
        var matchesAll: Bool
        var snippet: Snippet?
    }

    struct Snippet: Encodable {
        var text: String
        var field: String
        var ranges: [TextRange]
    }

    /// `key` gives a hit's stable key (its normalised title), when the library has the question.
    static func json(_ results: SearchResults, query: String, key: (QuestionID) -> String?) -> String {
        var searchedAs: String?
        if case .switchedLayout(let text) = results.reading { searchedAs = text }
        let analysis = results.analysis
        let document = Document(
            query: query, reading: searchedAs == nil ? "as-typed" : "switched-layout", searchedAs: searchedAs,
            analysis: Analysis(stopWords: analysis.stopWords, uncounted: analysis.uncounted,
                               layoutSwitches: analysis.layoutSwitches.map { .init(typed: $0.typed, read: $0.read) },
                               expansions: analysis.expansions.map { .init(word: $0.word, kind: $0.kind.rawValue, terms: $0.terms) }),
            total: results.totalCount,
            results: results.hits.enumerated().map { offset, hit in
                Result(rank: offset + 1, chapter: hit.questionID.chapterID, number: hit.questionID.number,
                       key: key(hit.questionID), title: hit.title,
                       score: Double(SearchResultsFormat.score(hit.score)) ?? hit.score,
                       titleRanges: TextRange.ranges(ofCharacters: results.titleRanges(of: hit), in: hit.title),
                       fields: hit.fields.fields.map(\.name), matchesAll: hit.matchesAll,
                       snippet: hit.snippet.map {
                           Snippet(text: $0.text, field: $0.field.name, ranges: TextRange.ranges(ofCharacters: $0.ranges, in: $0.text))
                       })
            })
        return JSONOutput.render(document)
    }
}
