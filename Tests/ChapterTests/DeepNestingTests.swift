import Testing
@testable import Chapter

/// Nesting as deep as the input likes: the model stays shallow and keeps every word
/// (12,000 nested `>` used to overflow the stack while converting).
@Suite struct DeepNestingTests {
    func question(_ body: String) throws -> Question {
        try ChapterParser.parse("# 01. T\n\n## Вопрос 1: Q\n\n" + body + "\n", chapterID: "01-t").questions[0]
    }

    /// The deepest chain of quotes and list items in the blocks.
    func depth(_ blocks: [Block]) -> Int {
        blocks.map { block in
            switch block.content {
            case .quote(let children): return 1 + depth(children)
            case .list(let list): return 1 + (list.items.map(depth).max() ?? 0)
            default: return 0
            }
        }.max() ?? 0
    }

    func allText(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block.content {
            case .paragraph(let inlines), .heading(_, let inlines): return inlines.plainText
            case .quote(let children): return allText(children)
            case .list(let list): return list.items.map(allText).joined(separator: " ")
            case .code(let code): return code.code
            default: return ""
            }
        }.joined(separator: " ")
    }

    @Test func twelveThousandQuotesAreCappedAndKeepTheirText() throws {
        let question = try question(String(repeating: ">", count: 12_000) + " deepest words")
        let blocks = question.sections.flatMap(\.blocks)
        #expect(depth(blocks) == BlockConverter.maximumDepth + 1)
        let text = allText(blocks)
        #expect(text.contains("deepest words"))
        #expect(text.contains(BlockConverter.flatteningMark))
    }

    @Test func quotedListsThreeThousandDeep() throws {
        let question = try question(String(repeating: "> - ", count: 3_000) + "leaf")
        let blocks = question.sections.flatMap(\.blocks)
        #expect(depth(blocks) <= BlockConverter.maximumDepth + 1)
        #expect(allText(blocks).contains("leaf"))
    }

    @Test func codeNestedTooDeepIsStillAnExample() throws {
        let nesting = String(repeating: "> ", count: 40)
        let question = try question(nesting + "```python\n" + nesting + "print(1)\n" + nesting + "```")
        #expect(question.codeBlocks.map(\.code) == ["print(1)\n"])
    }

    @Test func shallowNestingIsUntouched() throws {
        let question = try question("> - a\n>   - b")
        let blocks = question.sections.flatMap(\.blocks)
        #expect(depth(blocks) == 3)
        #expect(!allText(blocks).contains(BlockConverter.flatteningMark))
    }

    @Test func deepEmphasisBecomesText() throws {
        let question = try question(String(repeating: "*a ", count: 5_000) + "core" + String(repeating: " b*", count: 5_000))
        let text = allText(question.sections.flatMap(\.blocks))
        #expect(text.contains("core"))
        func inlineDepth(_ inlines: [Inline]) -> Int {
            inlines.map { inline in
                switch inline {
                case .strong(let children), .emphasis(let children), .link(let children, _): return 1 + inlineDepth(children)
                default: return 0
                }
            }.max() ?? 0
        }
        let paragraphs = question.sections.flatMap(\.blocks).compactMap { block -> [Inline]? in
            if case .paragraph(let inlines) = block.content { return inlines }
            return nil
        }
        #expect(paragraphs.map(inlineDepth).max()! <= BlockConverter.maximumDepth)
    }
}
