import Chapter
import Testing
@testable import Browser

/// The code pane's measure comes from the widths of a chapter's code lines, across all its
/// questions: the 95th percentile and the widest, blank lines left out, plus the gutter.
@Suite struct CodeMeasureTests {
    static func chapter(blocks: [String]) -> Chapter {
        var text = "# 09. Сети\n\n"
        for (number, block) in blocks.enumerated() {
            text += "## Вопрос \(number + 1): Что такое сокет \(number + 1)?\n\n### Пример\n\n```python\n\(block)\n```\n\n---\n\n"
        }
        return try! ChapterParser.parse(text, chapterID: "09-net", path: "09-net.md")
    }

    @Test func theTypicalWidthIsTheNinetyFifthPercentileOfEveryQuestionsLines() {
        // Widths 1...100 over two questions, blank and space-only lines between them.
        let first = (1...60).map { String(repeating: "x", count: $0) }.joined(separator: "\n")
        let second = (61...100).map { String(repeating: "y", count: $0) + "\n   \n" }.joined()
        let measure = CodeMeasure(chapter: Self.chapter(blocks: [first, second]))
        // 100 non-blank lines: the one at rank 95 is 96 wide, the widest 100. The longer block
        // has 80 lines (two digits): the gutter is 4.
        #expect(measure.typical == 96 + 4)
        #expect(measure.widest == 100 + 4)
    }

    @Test func wideCharactersCountTwoColumnsAndTheWidestIsCapped() {
        let lines = ["print('сокет')", "# 漢字漢字", String(repeating: "z", count: 300)]
        let measure = CodeMeasure(chapter: Self.chapter(blocks: [lines.joined(separator: "\n")]))
        // Widths 10 (the wide comment), 14, 300: rank 2 of 3 is the 300-column line.
        #expect(measure.typical == 300 + 3)
        #expect(measure.widest == 300 + 3)  // never below the typical width
        let narrow = CodeMeasure(chapter: Self.chapter(blocks: [lines[0...1].joined(separator: "\n"), "a\nb"]))
        #expect(narrow.typical == 14 + 3 && narrow.widest == 14 + 3)
        // One long line among twenty short ones: the typical width stays short, the widest is capped at 120.
        let mostlyShort = CodeMeasure(chapter: Self.chapter(blocks: [Array(repeating: "x = 1", count: 20).joined(separator: "\n"), lines[2]]))
        #expect(mostlyShort.typical == 5 + 4 && mostlyShort.widest == 120 + 4)
    }

    @Test func aChapterWithoutCodeHasTheUsualMeasure() {
        let text = "# 09. Сети\n\n## Вопрос 1: Что такое сокет?\n\nКонечная точка соединения.\n"
        #expect(CodeMeasure(chapter: try! ChapterParser.parse(text, chapterID: "09-net", path: "09-net.md")) == .usual)
    }
}
