/// Search results as text for people (`sobes search`; its tsv and json are the command's). A
/// pure function, so the format is tested without running the program.
public enum SearchResultsFormat {
    /// A score with three decimals, without Foundation.
    public static func score(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(abs(thousandths) % 1000)
        return (thousandths < 0 ? "-" : "") + "\(abs(thousandths) / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// The line saying the query was read in the other keyboard layout, if it was.
    public static func readingNote(_ results: SearchResults) -> String? {
        if case .switchedLayout(let text) = results.reading {
            return "searched as \"\(text)\" (keyboard layout switched)"
        }
        return nil
    }

    /// How the query was read, a line per kind: stop words dropped, words not counted, words read
    /// in the other layout, and what the glossary, transliteration, related forms and typo fixes added.
    public static func analysisLines(_ results: SearchResults) -> [String] {
        let analysis = results.analysis
        var lines: [String] = []
        if let note = readingNote(results) { lines.append(note) }
        if !analysis.stopWords.isEmpty { lines.append("stop words dropped: " + analysis.stopWords.joined(separator: ", ")) }
        if !analysis.uncounted.isEmpty { lines.append("not required (numbers, single letters): " + analysis.uncounted.joined(separator: ", ")) }
        for expansion in analysis.expansions {
            lines.append("\(expansion.kind.rawValue): \(expansion.word) → \(expansion.terms.joined(separator: ", "))")
        }
        return lines
    }

    /// The reading, then a line per hit and its snippet. `mark` gives a title or snippet with
    /// its matched words (Character ranges) marked, `plain` any other text: the defaults leave
    /// both as they are.
    public static func text(_ results: SearchResults,
                            mark: (_ text: String, _ matches: [Range<Int>]) -> String = { text, _ in text },
                            plain: (String) -> String = { $0 }) -> String {
        var lines = analysisLines(results).map(plain)
        if results.hits.isEmpty { lines.append("no matches") }
        for (offset, hit) in results.hits.enumerated() {
            let partial = hit.matchesAll ? "" : "  (some words)"
            lines.append(plain("\(offset + 1). \(hit.questionID)  ") + mark(hit.title, results.titleRanges(of: hit)) + plain("  [\(score(hit.score))]\(partial)"))
            if let snippet = hit.snippet { lines.append(plain("   \(snippet.field.name): ") + mark(snippet.text, snippet.ranges)) }
        }
        if results.totalCount > results.hits.count {
            lines.append("… \(results.totalCount - results.hits.count) more")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
