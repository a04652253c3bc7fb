import Chapter
import Testing

/// A chapter counts how wide its code lines are when it is made, for the code pane's measure:
/// cells as the screen draws them, blank lines left out, and again when its questions change.
@Suite struct CodeLineWidthsTests {
    static func chapter(_ blocks: [String]) throws -> Chapter {
        var text = "# 09. Сети\n\n"
        for (number, block) in blocks.enumerated() {
            text += "## Вопрос \(number + 1): Что такое сокет \(number + 1)?\n\n```python\n\(block)\n```\n\n---\n\n"
        }
        return try ChapterParser.parse(text, chapterID: "09-net", path: "09-net.md")
    }

    @Test func linesAreCountedByTheirWidthInCells() throws {
        let widths = try Self.chapter(["x = 1\n\n    \nprint('сокет')", "# 漢字漢字\nx = 1"]).codeLineWidths
        // "x = 1" twice (5), the Cyrillic line (14), the wide comment (10); blank lines not at all.
        #expect(widths.count == 4)
        #expect(widths.lineCounts[5] == 2 && widths.lineCounts[10] == 1 && widths.lineCounts[14] == 1)
        #expect(widths.widest == 14)
        #expect(widths.width(atRank: 0) == 5 && widths.width(atRank: 2) == 10 && widths.width(atRank: 3) == 14)
        // The first block's four lines and the empty one after its last newline.
        #expect(widths.longestBlock == 5)
    }

    @Test func aChapterWithoutCodeHasNoWidths() throws {
        let chapter = try ChapterParser.parse("# 09. Сети\n\n## Вопрос 1: Что такое сокет?\n\nТочка соединения.\n",
                                              chapterID: "09-net", path: "09-net.md")
        #expect(chapter.codeLineWidths.widest == nil && chapter.codeLineWidths.count == 0)
    }

    @Test func aVeryLongLineCountsAsTheWidestCounted() throws {
        let widths = try Self.chapter([String(repeating: "a", count: 50_000)]).codeLineWidths
        #expect(widths.widest == CodeLineWidths.widestCounted)
        #expect(widths.lineCounts.count == CodeLineWidths.widestCounted + 1)
    }

    @Test func changedQuestionsAreMeasuredAgain() throws {
        var chapter = try Self.chapter(["short()"])
        let wide = try Self.chapter(["a_much_longer_call(with_arguments)"])
        chapter.questions = wide.questions
        #expect(chapter.codeLineWidths == wide.codeLineWidths)
        #expect(chapter.codeLineWidths.widest == 34)
    }

    @Test func storedWidthsOutOfRangeAreRefused() {
        #expect(CodeLineWidths(lineCounts: [0, 2, 1], longestBlock: 3)?.count == 3)
        #expect(CodeLineWidths(lineCounts: [0, -1, 1], longestBlock: 3) == nil)
        #expect(CodeLineWidths(lineCounts: [0, 1, 0], longestBlock: 3) == nil)  // the last width is the widest line's
        #expect(CodeLineWidths(lineCounts: Array(repeating: 1, count: CodeLineWidths.widestCounted + 2), longestBlock: 1) == nil)
        #expect(CodeLineWidths(lineCounts: [], longestBlock: 0)?.widest == nil)
    }
}
