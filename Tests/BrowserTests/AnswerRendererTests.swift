import Chapter
import Screen
import Testing
@testable import Browser

@Suite struct AnswerRendererTests {
    let renderer = AnswerRenderer(theme: .fallback, code: .placeholder)

    func question(_ markdown: String) throws -> Question {
        try ChapterParser.parse("## Вопрос 1: Q\n" + markdown, chapterID: "t").questions[0]
    }

    @Test func bulletsHangTheirContinuationLines() throws {
        let answer = renderer.render(try question("""
            ### Типичные ошибки
            - one two three four five six
            """), width: 14)
        #expect(Array(answer.plainLines.suffix(3)) == ["• one two", "  three four", "  five six"])
    }

    @Test func orderedListsAlignTheirNumbers() throws {
        let items = (1...10).map { "\($0). item" }.joined(separator: "\n")
        let answer = renderer.render(try question("### Детальный разбор\n" + items), width: 40)
        #expect(answer.plainLines.contains(" 9. item") == false)
        #expect(answer.plainLines.contains("9.  item"))
        #expect(answer.plainLines.contains("10. item"))
    }

    @Test func nestedListsIndent() throws {
        let answer = renderer.render(try question("### Детальный разбор\n- outer\n  - inner\n"), width: 40)
        #expect(Array(answer.plainLines.suffix(2)) == ["• outer", "  • inner"])
    }

    @Test func styleRolesOfInlineMarkup() throws {
        let answer = renderer.render(try question("### Короткий ответ\n**bold** and `code`\n"), width: 40)
        let line = try #require(answer.lines.last)
        let theme = Theme.fallback
        #expect(line.first { $0.text == "bold" }?.style == theme.style(.text).patched(with: theme.style(.strong)))
        #expect(line.first { $0.text == "code" }?.style == theme.style(.text).patched(with: theme.style(.inlineCode)))
    }

    @Test func codeBlocksBecomePlaceholdersWithTheirPositions() throws {
        // Longer than a few lines: short ones read inline (InlineCodeTests).
        let code = (1...5).map { "print(\($0))" }.joined(separator: "\n")
        let diagram = (1...14).map { "line \($0)" }.joined(separator: "\n")
        let answer = renderer.render(try question("### Пример\n```python\n\(code)\n```\n\n```\n\(diagram)\n```\n"), width: 60)
        #expect(answer.codeBlockLines.count == 2)
        #expect(answer.plainLines[answer.codeBlockLines[0]].contains("1/2 (python, 5 стр.)"))
        #expect(answer.plainLines[answer.codeBlockLines[1]].contains("2/2 (14 стр.)"))
        #expect(!answer.plainLines.contains { $0.contains("print(1)") })
    }

    @Test func sectionStartsAreRecorded() throws {
        let answer = renderer.render(Fixture.question1, width: 60)
        #expect(answer.sectionStarts.map(\.kind) == [.whyAsked, .shortAnswer, .details, .example, .mistakes, .interview])
        let start = try #require(answer.line(of: .mistakes))
        #expect(answer.plainLines[start] == "Типичные ошибки")
        #expect(answer.plainLines[start - 1] == "")
    }

    @Test func tableColumnsWrapWhenNarrowAndFallBackToRowsWhenTiny() throws {
        let table = "### Детальный разбор\n| A | B |\n|---|---|\n| one two three | x |\n"
        let narrow = renderer.render(try question(table), width: 16).plainLines
        #expect(narrow.contains("│ one two  │ x │"))
        #expect(narrow.contains("│ three    │   │"))
        let tiny = renderer.render(try question(table), width: 7).plainLines
        #expect(tiny.contains("A: one"))
        #expect(tiny.allSatisfy { displayWidth(of: $0) <= 7 })
    }
}

enum Fixture {
    static let question1 = TestLibrary.bundled.chapters[0].question(number: 1)!
}

/// Deep nesting renders within the width, in output proportional to the input
/// (12,000 list levels used to write 144 MB, lines 24,000 columns wide).
@Suite struct DeepNestingRenderingTests {
    let renderer = AnswerRenderer(theme: .fallback, code: .placeholder)

    func rendered(_ body: String, width: Int) throws -> [String] {
        let question = try ChapterParser.parse("## Вопрос 1: Q\n\n" + body + "\n", chapterID: "t").questions[0]
        return renderer.render(question, width: width).plainLines
    }

    @Test(arguments: [10, 40, 120])
    func twelveThousandListLevelsStayWithinTheWidth(width: Int) throws {
        let lines = try rendered(String(repeating: "- ", count: 12_000) + "deepest item", width: width)
        #expect(lines.allSatisfy { displayWidth(of: $0) <= width })
        #expect(lines.joined(separator: " ").contains("deepest"))
        #expect(lines.count < 50)
    }

    @Test func aListOfTwoHundredLevelsKeepsEveryItem() throws {
        let body = (0..<200).map { String(repeating: "  ", count: $0) + "- item\($0)" }.joined(separator: "\n")
        let lines = try rendered(body, width: 40)
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 40 })
        let text = lines.joined(separator: " ")
        #expect((0..<200).allSatisfy { text.contains("item\($0) ") || text.hasSuffix("item\($0)") })
    }

    @Test(arguments: [10, 40])
    func deepQuotesStayWithinTheWidth(width: Int) throws {
        let lines = try rendered(String(repeating: ">", count: 12_000) + " deepest words here", width: width)
        #expect(lines.allSatisfy { displayWidth(of: $0) <= width })
        #expect(lines.joined(separator: " ").contains("deepest"))
        #expect(lines.count < 50)
    }

    @Test func quotedListsStayWithinTheWidth() throws {
        let lines = try rendered(String(repeating: "> - ", count: 3_000) + "leaf", width: 40)
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 40 })
        #expect(lines.contains { $0.contains("leaf") })
    }

    @Test func aWideNumberStandsOnItsOwnLine() throws {
        let lines = try rendered("123456789. item", width: 10)
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 10 })
        #expect(lines.contains("item"))
    }
}
