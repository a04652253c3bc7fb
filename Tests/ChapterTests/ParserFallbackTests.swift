import Testing
@testable import Chapter

/// Chapters that do not follow the usual format still load, and nothing is dropped.
@Suite struct ParserFallbackTests {
    @Test func headingsWithoutVoprosAreNumberedInOrder() throws {
        let chapter = try ChapterParser.parse("""
            # Generators

            ## What is yield?

            Text under the question before any section.

            ### Short answer
            It pauses a function.

            ## How does send() work?
            ### Custom heading
            - one
            - two
            """, chapterID: "07-generators")
        #expect(chapter.number == 7)  // from the file name: the heading has none
        #expect(chapter.title == "Generators")
        #expect(chapter.questions.map(\.number) == [1, 2])
        #expect(chapter.questions.map(\.title) == ["What is yield?", "How does send() work?"])
        let first = chapter.questions[0]
        #expect(first.sections.map(\.kind) == [.other, .shortAnswer])
        #expect(first.sections[0].blocks.first?.content == .paragraph([.text("Text under the question before any section.")]))
        #expect(chapter.questions[1].sections[0].title == "Custom heading")
        guard case .list(let list) = chapter.questions[1].sections[0].blocks[0].content else {
            Issue.record("expected a list"); return
        }
        #expect(list.items.count == 2)
    }

    @Test func mixedOrRepeatedNumbersAreRenumbered() throws {
        let chapter = try ChapterParser.parse("""
            # 09. Mixed
            ## Вопрос 5: First
            ## Second
            """, chapterID: "x")
        #expect(chapter.questions.map(\.number) == [1, 2])
        #expect(chapter.questions.map(\.title) == ["First", "Second"])
        #expect(chapter.number == 9)
    }

    @Test func introductionBeforeTheFirstQuestionIsKept() throws {
        let chapter = try ChapterParser.parse("""
            # 01. Intro
            [← Назад к списку тем](README.md)

            Some words about the chapter.

            ---

            ## Вопрос 1: Q
            ### Короткий ответ
            A.
            """, chapterID: "01-intro")
        #expect(chapter.introduction.map(\.content) == [.paragraph([.text("Some words about the chapter.")])])
        #expect(chapter.questions[0].section(.shortAnswer)?.blocks.count == 1)
    }

    @Test func nestedListsOrderedListsQuotesAndAlignment() throws {
        let chapter = try ChapterParser.parse("""
            ## Вопрос 1: Blocks
            ### Детальный разбор
            3. three
               - nested *em*
            4. four

            > quoted `code`

            | L | C | R |
            |:--|:-:|--:|
            | a | b |
            """, chapterID: "x")
        let blocks = chapter.questions[0].sections[0].blocks
        guard case .list(let list) = blocks[0].content else { Issue.record("no list"); return }
        #expect(list.isOrdered && list.start == 3 && list.items.count == 2)
        guard case .list(let nested) = list.items[0][1].content else { Issue.record("no nested list"); return }
        #expect(nested.items[0][0].content == .paragraph([.text("nested "), .emphasis([.text("em")])]))
        guard case .quote(let quoted) = blocks[1].content else { Issue.record("no quote"); return }
        #expect(quoted[0].content == .paragraph([.text("quoted "), .code("code")]))
        guard case .table(let table) = blocks[2].content else { Issue.record("no table"); return }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.rows == [[[.text("a")], [.text("b")], []]])  // a short row is padded
    }
}
