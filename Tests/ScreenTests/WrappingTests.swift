import Testing
@testable import Screen

@Suite struct WrappingTests {
    @Test func breaksAtSpaces() {
        #expect(wrap("the event loop runs tasks", width: 10) == ["the event", "loop runs", "tasks"])
    }

    @Test func cyrillicByDisplayWidth() {
        let lines = wrap("Событийный цикл выполняет задачи по очереди", width: 16)
        #expect(lines == ["Событийный цикл", "выполняет задачи", "по очереди"])
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 16 })
    }

    @Test func longWordsBreakBetweenCharacters() {
        #expect(wrap("ab verylongword cd", width: 5) == ["ab", "veryl", "ongwo", "rd cd"])
    }

    @Test func wideCharactersAreNeverSplit() {
        let lines = wrap("中文字符测试", width: 5)
        #expect(lines == ["中文", "字符", "测试"])
        #expect(wrap("中", width: 1) == ["中"])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let lines = wrap("e\u{301}e\u{301}e\u{301}", width: 2)
        #expect(lines == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func newlinesAndIndentationAreKept() {
        #expect(wrap("a b\n  c d", width: 10) == ["a b", "  c d"])
        #expect(wrap("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(wrap("", width: 10) == [""])
    }

    @Test func spacesAtABreakAreDropped() {
        #expect(wrap("aaa   bbb", width: 4) == ["aaa", "bbb"])
        #expect(wrap("aa  bb", width: 10) == ["aa  bb"])
    }

    @Test func hangingIndentWidths() {
        let lines = wrap("one two three four", firstLineWidth: 8, continuationWidth: 5)
        #expect(lines == ["one two", "three", "four"])
    }

    @Test func styledSpansKeepStylesAndWordsAcrossSpans() {
        let bold = Style(attributes: .bold)
        let spans = [Span("Use "), Span("asyncio.run", style: bold), Span(", not loops.")]
        let lines = wrap(spans, width: 16)
        #expect(lines == [
            [Span("Use "), Span("asyncio.run", style: bold), Span(",")],
            [Span("not loops.")],
        ])
    }

    @Test func styledSpansMergeAdjacentPiecesOfOneStyle() {
        let lines = wrap([Span("ab"), Span("cd")], width: 10)
        #expect(lines == [[Span("abcd")]])
        let split = wrap([Span("a"), Span("b", style: Style(attributes: .bold)), Span("c")], width: 2)
        #expect(split.map { $0.map(\.text) } == [["a", "b"], ["c"]])
    }

    @Test func truncateAddsAnEllipsis() {
        #expect(truncate("Вопрос номер один", toWidth: 10) == "Вопрос но…")
        #expect(truncate("short", toWidth: 10) == "short")
        #expect(truncate("中文字", toWidth: 4) == "中…")
        #expect(truncate("abc", toWidth: 0) == "")
    }
}
