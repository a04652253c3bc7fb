import Chapter
import Screen
import Testing
@testable import Browser

@Suite struct CodeStylingTests {
    let theme = Theme.fallback

    @Test func pythonIsColouredByTokenRoles() {
        let lines = CodeStyling.lines(of: CodeBlock(language: "python", code: "async def main():\n    return \"да\"  # ok\n"), theme: theme)
        #expect(lines.count == 2)
        #expect(lines.map { $0.map(\.text).joined() } == ["async def main():", "    return \"да\"  # ok"])
        #expect(lines[0].first { $0.text == "async" }?.style == theme.style(.keyword))
        #expect(lines[0].first { $0.text == "main" }?.style == theme.style(.function))
        #expect(lines[1].first { $0.text == "\"да\"" }?.style == theme.style(.string))
        #expect(lines[1].first { $0.text == "# ok" }?.style == theme.style(.comment))
    }

    @Test func multiLineStringsAreCutAtNewlines() {
        let lines = CodeStyling.lines(of: CodeBlock(language: "python", code: "x = \"\"\"a\nb\"\"\"\n"), theme: theme)
        #expect(lines.map { $0.map(\.text).joined() } == ["x = \"\"\"a", "b\"\"\""])
        #expect(lines[1].first?.style == theme.style(.string))
    }

    @Test func otherLanguagesArePlain() {
        let lines = CodeStyling.lines(of: CodeBlock(language: nil, code: "CPU-bound → multiprocessing\n"), theme: theme)
        #expect(lines == [[Span("CPU-bound → multiprocessing", style: theme.style(.codeBlock))]])
    }

    @Test func theCodePaneShowsHighlightedCode() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.nextCodeBlock)
        let frame = render(state)
        let row = state.layout.content(of: .code).y
        let text = frame.line(row)
        #expect(text.contains("import asyncio"))
        let x = state.layout.code.x + text.dropFirst(state.layout.code.x).distance(from: text.dropFirst(state.layout.code.x).startIndex,
                                                                                 to: text.dropFirst(state.layout.code.x).range(of: "import")!.lowerBound)
        #expect(frame.style(at: Point(x: x, y: row)) == theme.style(.keyword))
    }
}
