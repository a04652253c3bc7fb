import Hyphenation
import Screen

/// Where a word of a table cell may break when its column cannot hold it: at a hyphenation
/// point of its language or between the words of a camel-case name (`ThreadPool-Executor`),
/// marked `-`; or right after its own punctuation (`asyncio.`, `I/O-`, `create_`: the line
/// already shows a boundary, so no mark). Code (inline code, keys, addresses) is never
/// hyphenated as words of a language, only at its punctuation and camel case.
struct CellWordBreaking {
    var hyphenator: Hyphenator
    /// The indices of the cell's spans that hold code (few: a plain array).
    var codeSpans: [Int]

    /// Characters after which a word may break without a mark.
    static let breaksAfter: Set<String> = ["-", "–", "—", "/", "\\", ".", "_", ",", ":", ";", "|", "&"]
    /// Characters before which a word may break without a mark: `gather` / `(...)`.
    static let breaksBefore: Set<String> = ["(", "["]
    /// A punctuation break leaves at least this many characters on each side.
    static let minimumPiece = 2

    func breaks(in word: WrappedWord) -> [WordBreak] {
        let count = word.graphemes.count
        var breaks: [WordBreak] = []
        if count >= 2 * Self.minimumPiece {
            for offset in Self.minimumPiece...(count - Self.minimumPiece)
            where Self.breaksAfter.contains(word.graphemes[offset - 1]) || Self.breaksBefore.contains(word.graphemes[offset]) {
                breaks.append(WordBreak(offset: offset, isMarked: false))
            }
        }
        breaks += Self.camelCaseBreaks(in: word.graphemes).map { WordBreak(offset: $0, isMarked: true) }
        // Hyphenation points inside each stretch of prose (the graphemes not from code spans).
        var start = 0
        while start < count {
            guard !codeSpans.contains(word.spanIndices[start]) else { start += 1; continue }
            var end = start
            while end < count, !codeSpans.contains(word.spanIndices[end]) { end += 1 }
            let prose = word.graphemes[start..<end].joined()
            // Offsets count Characters of the joined text; they match the graphemes unless
            // joining merged two (a lone combining mark), when the stretch is left unhyphenated.
            if prose.count == end - start {
                breaks += hyphenator.breakPoints(in: prose).map { WordBreak(offset: start + $0, isMarked: true) }
            }
            start = end
        }
        return breaks
    }

    /// Offsets where a capital follows a small letter: `Thread|Pool|Executor`.
    static func camelCaseBreaks(in graphemes: [String]) -> [Int] {
        guard graphemes.count > 1 else { return [] }
        return (1..<graphemes.count).filter { offset in
            guard let before = graphemes[offset - 1].first, let after = graphemes[offset].first else { return false }
            return before.isLowercase && after.isUppercase
        }
    }
}
