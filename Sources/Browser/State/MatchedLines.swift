/// Where the search matches the answer and code lines in view, by line: matching tokenizes a
/// line, and the same lines show frame after frame. `update` fills it for the lines in view
/// (`refreshMatchedLines`); the views look here first.
struct MatchedLines: Equatable, Sendable {
    /// What the ranges were found in: they hold while all of it stays the same.
    struct Source: Equatable, Sendable {
        /// The search's results (their highlighter), by `SearchState.resultsSerial`.
        var results: Int
        var answer: Int
        var code: Int
        var codeColumn: Int
    }

    private(set) var source: Source?
    /// Character offsets of the matches, by line of the answer and of the code block.
    var answer: [Int: [Range<Int>]] = [:]
    var code: [Int: [Range<Int>]] = [:]

    /// Starts again when the ranges were found in something else.
    mutating func keep(for source: Source) {
        guard source != self.source else { return }
        self = MatchedLines()
        self.source = source
    }
}
