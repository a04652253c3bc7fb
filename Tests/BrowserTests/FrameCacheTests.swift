import Screen
import Testing
@testable import Browser

/// What `update` keeps for the frames to come (wrapped list titles, the search's matches in
/// view) must never show what an earlier state made: a state reached through other steps
/// draws as one reached directly.
@Suite struct FrameCacheTests {
    static func cells(of pane: Rect, in buffer: Screen.Buffer) -> [Cell] {
        pane.rows.flatMap { y in pane.columns.map { buffer[$0, y] } }
    }

    @Test func anotherSearchHighlightsItsOwnWords() {
        var earlier = TestLibrary.state(width: 200, height: 60)
        earlier.type("/loop")
        earlier.apply(.cancelSearch)
        earlier.type("/task")
        var direct = TestLibrary.state(width: 200, height: 60)
        direct.type("/task")
        #expect(earlier.openQuestion?.id == direct.openQuestion?.id)
        let answer = direct.layout.answer, code = direct.layout.code
        let (a, b) = (render(earlier), render(direct))
        #expect(Self.cells(of: answer, in: a) == Self.cells(of: answer, in: b))
        #expect(Self.cells(of: code, in: a) == Self.cells(of: code, in: b))
    }

    @Test func scrolledMatchesAreFoundForTheLinesInView() throws {
        var scrolled = TestLibrary.state(width: 200, height: 60)
        scrolled.type("/task")
        scrolled.apply(.submitSearch)
        while scrolled.focus != .answer { scrolled.apply(.focusNext) }
        scrolled.apply(.pageDown)
        let frame = render(scrolled)
        let match = scrolled.theme.style(.searchMatch).background
        let answer = scrolled.layout.answerContent
        // Every cell drawn as a match in the answer belongs to a word the query matched.
        var words: [String] = []
        for y in answer.rows {
            var word = ""
            for x in answer.columns {
                if frame[x, y].style.background == match { word += frame[x, y].grapheme } else if !word.isEmpty { words.append(word); word = "" }
            }
            if !word.isEmpty { words.append(word) }
        }
        let highlighter = try #require(scrolled.search?.highlighter)
        #expect(!words.isEmpty)
        #expect(words.allSatisfy { !highlighter.ranges(in: $0).isEmpty }, "\(words)")
    }

    @Test func titlesAreWrappedAgainForAnotherWidth() {
        var resized = TestLibrary.state(width: 200, height: 60)
        resized.apply(.moveDown(1), .resize(Size(width: 100, height: 40)))
        var direct = TestLibrary.state(width: 100, height: 40)
        direct.apply(.moveDown(1))
        let list = direct.layout.list
        #expect(Self.cells(of: list, in: render(resized)) == Self.cells(of: list, in: render(direct)))
    }
}
