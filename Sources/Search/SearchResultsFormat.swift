/// The text forms of search results that `sobes search` prints: text for people, tsv and json
/// for scripts. Pure functions, so the formats are tested without running the program.
public enum SearchResultsFormat: String, Sendable, CaseIterable {
    case text, tsv, json

    /// The results in this format, one row per hit, ranks from 1.
    public func render(_ results: SearchResults) -> String {
        switch self {
        case .text: return SearchResultsFormat.text(results)
        case .tsv: return SearchResultsFormat.tsv(results)
        case .json: return SearchResultsFormat.json(results)
        }
    }

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

    private static func text(_ results: SearchResults) -> String {
        var lines = analysisLines(results)
        if results.hits.isEmpty { lines.append("no matches") }
        for (offset, hit) in results.hits.enumerated() {
            let partial = hit.matchesAll ? "" : "  (some words)"
            lines.append("\(offset + 1). \(hit.questionID)  \(hit.title)  [\(score(hit.score))]\(partial)")
            if let snippet = hit.snippet { lines.append("   \(snippet.field.name): \(snippet.text)") }
        }
        if results.totalCount > results.hits.count {
            lines.append("… \(results.totalCount - results.hits.count) more")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func tsv(_ results: SearchResults) -> String {
        results.hits.enumerated().map { offset, hit in
            [String(offset + 1), hit.questionID.chapterID, String(hit.questionID.number), score(hit.score),
             hit.title, hit.snippet?.text ?? ""].map(tsvField).joined(separator: "\t") + "\n"
        }.joined()
    }

    /// Tabs and newlines inside a field would break the row: they become spaces.
    static func tsvField(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    private static func json(_ results: SearchResults) -> String {
        var reading = "\"as-typed\""
        if case .switchedLayout(let text) = results.reading { reading = "\"switched-layout\", \"searchedAs\": \(jsonString(text))" }
        let hits = results.hits.enumerated().map { offset, hit -> String in
            var fields = [
                "\"rank\": \(offset + 1)",
                "\"chapter\": \(jsonString(hit.questionID.chapterID))",
                "\"number\": \(hit.questionID.number)",
                "\"score\": \(score(hit.score))",
                "\"title\": \(jsonString(hit.title))",
                "\"titleRanges\": \(jsonRanges(hit.titleRanges))",
                "\"fields\": [\(hit.fields.fields.map { jsonString($0.name) }.joined(separator: ", "))]",
                "\"matchesAll\": \(hit.matchesAll)",
            ]
            if let snippet = hit.snippet {
                fields.append("\"snippet\": {\"text\": \(jsonString(snippet.text)), \"ranges\": \(jsonRanges(snippet.ranges)), \"field\": \(jsonString(snippet.field.name))}")
            }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return "{\n  \"reading\": \(reading),\n  \"analysis\": \(jsonAnalysis(results.analysis)),\n  \"total\": \(results.totalCount),\n  \"results\": [\n"
            + hits.joined(separator: ",\n") + (hits.isEmpty ? "" : "\n") + "  ]\n}\n"
    }

    private static func jsonAnalysis(_ analysis: QueryAnalysis) -> String {
        func strings(_ list: [String]) -> String { "[" + list.map(jsonString).joined(separator: ", ") + "]" }
        let switches = analysis.layoutSwitches.map { "{\"typed\": \(jsonString($0.typed)), \"read\": \(jsonString($0.read))}" }
        let expansions = analysis.expansions.map {
            "{\"word\": \(jsonString($0.word)), \"kind\": \(jsonString($0.kind.rawValue)), \"terms\": \(strings($0.terms))}"
        }
        return "{\"stopWords\": \(strings(analysis.stopWords)), \"uncounted\": \(strings(analysis.uncounted)), "
            + "\"layoutSwitches\": [\(switches.joined(separator: ", "))], \"expansions\": [\(expansions.joined(separator: ", "))]}"
    }

    private static func jsonRanges(_ ranges: [Range<Int>]) -> String {
        "[" + ranges.map { "[\($0.lowerBound), \($0.upperBound)]" }.joined(separator: ", ") + "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
