import Screen
import Testing
@testable import Browser

/// Matched words are laid over the columns their Characters were drawn in.
@Suite struct MatchHighlightTests {
    /// The columns of `text` drawn at x = 2 that take the match style.
    static func matchedColumns(_ ranges: [Range<Int>], in text: String) -> [Int] {
        let theme = Theme.fallback
        var buffer = Buffer(width: 40, height: 1)
        buffer.put(text, at: Point(x: 2, y: 0), style: theme.style(.text))
        MatchHighlight.patch(ranges, in: text, at: Point(x: 2, y: 0), clip: Rect(x: 0, y: 0, width: 30, height: 1),
                             theme: theme, into: &buffer)
        let match = theme.style(.searchMatch).background
        return (0..<40).filter { buffer.style(at: Point(x: $0, y: 0))?.background == match }
    }

    @Test func plainTextColumnsAreCharacterOffsets() {
        #expect(Self.matchedColumns([0..<3, 8..<12], in: "Как работает loop") == [2, 3, 4, 10, 11, 12, 13])
    }

    @Test func wideCharactersAndCombiningMarksShiftTheColumns() {
        // 漢 takes two columns; e + U+0301 is one Character of one column.
        #expect(Self.matchedColumns([2..<6], in: "漢 e\u{301}tude") == [5, 6, 7, 8])
    }

    @Test func aRangePastTheTextOrTheClipIsCut() {
        #expect(Self.matchedColumns([4..<99], in: "loop event") == Array(6..<12))
        #expect(Self.matchedColumns([0..<40], in: String(repeating: "x", count: 35)) == Array(2..<30))
    }
}
