import Search

/// Where a search match is in the open answer: a line of the answer, or a line of one of its
/// code blocks (which reads at the block's place in the answer).
enum SearchMatch: Equatable, Sendable {
    case answer(line: Int)
    case code(block: Int, line: Int)
}

extension AppState {
    /// Every line of the answer and of its code that the search matched, in reading order.
    func matches(of highlighter: Highlighter) -> [SearchMatch] {
        var placed: [(at: Int, order: Int, match: SearchMatch)] = []
        for (line, text) in renderedAnswer.plainLines.enumerated() where !highlighter.ranges(in: text).isEmpty {
            placed.append((line, 0, .answer(line: line)))
        }
        // A block drawn in the answer matched as answer lines already.
        for (block, code) in codeBlocks.enumerated() where !renderedAnswer.inlineCodeBlocks.contains(block) {
            let at = renderedAnswer.codeBlockLines.indices.contains(block) ? renderedAnswer.codeBlockLines[block] : Int.max
            for (line, text) in code.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !highlighter.ranges(in: String(text)).isEmpty {
                placed.append((at, line + 1, .code(block: block, line: line)))
            }
        }
        return placed.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map(\.match)
    }

    /// Scrolls the pane that holds a match to it, with a little context above; `n`/`N` also
    /// focus that pane (on a narrow screen it is the only one shown).
    mutating func show(_ match: SearchMatch, focusing: Bool = false) {
        switch match {
        case .answer(let line):
            focus = .answer
            answerScroll = max(line - 2, 0)
        case .code(let block, let line):
            if focusing { focus = .code }
            if block != codeBlockIndex { selectCodeBlock(block) }
            refreshCode()
            codeScroll = max(line - 2, 0)
            codeColumn = 0
        }
    }
}
