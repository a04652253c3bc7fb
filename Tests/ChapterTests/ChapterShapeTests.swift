import Testing
@testable import Chapter

/// Every shape of chapter a real library holds loads as its author meant.
@Suite struct ChapterShapeTests {
    @Test func frontMatterIsSkippedAndNamesTheChapter() throws {
        let chapter = try Fixtures.shape("01-front-matter")
        #expect(chapter.title == "Словари и множества")
        #expect(chapter.number == 1)
        #expect(chapter.questions.map(\.title) == ["Как устроен словарь?", "Чем множество отличается от списка?"])
        // Line numbers still point into the file as written.
        #expect(chapter.questions[0].line == 9)
    }

    @Test func aHashHeadingWinsOverFrontMatterTitle() throws {
        let chapter = try ChapterParser.parse("---\ntitle: Other\n---\n# 07. Real\n## Вопрос 1: A\ntext\n", chapterID: "x")
        #expect(chapter.title == "Real")
        #expect(chapter.number == 7)
        #expect(chapter.questions.count == 1)
    }

    @Test func appendixHeadingsAreNeverQuestions() throws {
        let chapter = try Fixtures.shape("01-front-matter")
        #expect(chapter.appendix.map(\.title) == ["См. также"])
        guard case .list(let links)? = chapter.appendix.first?.blocks.first?.content else {
            Issue.record("the appendix keeps its list"); return
        }
        #expect(links.items.count == 2)
        #expect(try Fixtures.shape("02-system-design").appendix.map(\.title) == ["Литература"])
        #expect(try Fixtures.shape("03-english").appendix.map(\.title) == ["See also"])
        for title in ["Ссылки", "Resources", "See also", "Литература", "См. также"] {
            let parsed = try ChapterParser.parse("# T\n## Вопрос 1: A\ntext\n## \(title)\n- x\n", chapterID: "t")
            #expect(parsed.questions.count == 1, "\(title)")
            #expect(parsed.appendix.count == 1, "\(title)")
        }
    }

    @Test func aQuestionAfterTheAppendixIsAQuestionAgain() throws {
        let chapter = try ChapterParser.parse("# T\n## См. также\n- x\n## Вопрос 1: A\ntext\n", chapterID: "t")
        #expect(chapter.questions.map(\.title) == ["A"])
        #expect(chapter.appendix.first?.blocks.count == 1)
    }

    @Test func topicChaptersShowTheirOwnHeadings() throws {
        let chapter = try Fixtures.shape("02-system-design")
        #expect(chapter.questions.map(\.heading) == ["Требования", "Оценка нагрузки", "Архитектура"])
        #expect(chapter.questions.map(\.label) == [nil, nil, nil])
        #expect(chapter.questions.map(\.number) == [1, 2, 3])
        let requirements = chapter.questions[0]
        #expect(requirements.sections.map(\.title) == ["Функциональные", "Нефункциональные"])
        // Section keys go to the titled sections in order.
        #expect(requirements.section(forKey: 1)?.title == "Функциональные")
        #expect(requirements.section(forKey: 2)?.title == "Нефункциональные")
        #expect(requirements.section(forKey: 3) == nil)
        // The untitled text under "Оценка нагрузки" is not a section key's target.
        #expect(chapter.questions[1].section(forKey: 1)?.title == "Чтение")
    }

    @Test func sectionKeysFollowTheKindsInChaptersWrittenWithThem() throws {
        let english = try Fixtures.shape("03-english").questions[0]
        #expect(english.section(forKey: 2)?.kind == .shortAnswer)
        #expect(english.section(forKey: 6)?.kind == .interview)
        let sparse = try Fixtures.shape("01-front-matter").questions[1]  // short answer, mistakes
        #expect(sparse.section(forKey: 2)?.kind == .shortAnswer)
        #expect(sparse.section(forKey: 5)?.kind == .mistakes)
        #expect(sparse.section(forKey: 1) == nil)
        #expect(sparse.section(forKey: 7) == nil)
    }

    @Test func englishHeadingsNameTheSixKinds() throws {
        let question = try Fixtures.shape("03-english").questions[0]
        #expect(question.label == "Question 1")
        #expect(question.heading == "Question 1. What does yield do?")
        #expect(question.sections.map(\.kind) == [.whyAsked, .shortAnswer, .details, .example, .mistakes, .interview])
        #expect(Section.Kind(heading: "Common mistakes:") == .mistakes)
        #expect(Section.Kind(heading: "AT THE INTERVIEW") == .interview)
        #expect(Section.Kind(heading: "Функциональные") == .other)
    }

    @Test func gfmExtensionsAreModelled() throws {
        let blocks = try Fixtures.shape("05-markup").questions[0].sections[0].blocks
        #expect(blocks[0].content == .paragraph([.text("Старый способ "), .strikethrough([.text("зачёркнут")]), .text(" и заменён новым.")]))
        guard case .list(let tasks) = blocks[1].content else { Issue.record("a task list"); return }
        #expect(tasks.checks == [true, false])
        guard case .paragraph(let links) = blocks[2].content else { Issue.record("a paragraph"); return }
        #expect(links.contains(.link(text: [.text("https://example.com/guide")], destination: "https://example.com/guide")))
        #expect(links.filter { if case .footnoteReference = $0 { true } else { false } }.count == 2)
        let footnotes = try Fixtures.shape("05-markup").questions[0].footnotes
        #expect(footnotes.map(\.number) == [1, 2])
        #expect(footnotes.map { $0.blocks.first?.content } == [.paragraph([.text("Первая сноска.")]), .paragraph([.text("Вторая сноска.")])])
    }

    @Test func rawHTMLNeverShowsItsTags() throws {
        let question = try Fixtures.shape("05-markup").questions[0]
        let blocks = question.sections[0].blocks
        #expect(blocks[3].content == .paragraph([.text("Нажмите "), .keyboard("Ctrl"), .text("+"), .keyboard("C"),
                                                 .text(", чтобы остановить."), .lineBreak, .text("Вторая строка после br.")]))
        // The comment is gone; an unknown tag leaves its text.
        #expect(blocks[4].content == .paragraph([.text("Текст в незнакомом теге остаётся.")]))
        #expect(blocks[5].content == .paragraph([.image(alt: "схема очереди", destination: "images/queue.png")]))
        guard case .details(let summary, let inner) = blocks[6].content else { Issue.record("a details block"); return }
        #expect(summary == [.text("Показать ответ")])
        #expect(inner.map(\.content) == [.paragraph([.text("Ответ спрятан под катом.")])])
        let picture = try Fixtures.shape("05-markup").questions[1].sections[0].blocks[0]
        #expect(picture.content == .paragraph([.image(alt: "диаграмма потоков", destination: "diagram.svg")]))
    }

    @Test func anUnclosedDetailsEndsAtTheNextQuestion() throws {
        let chapter = try ChapterParser.parse("""
            # T
            ## Вопрос 1: A
            <details><summary>Кат</summary>

            спрятано

            ## Вопрос 2: B
            text
            """, chapterID: "t")
        #expect(chapter.questions.map(\.title) == ["A", "B"])
        guard case .details(let summary, let inner)? = chapter.questions[0].sections.first?.blocks.first?.content else {
            Issue.record("a details block"); return
        }
        #expect(summary == [.text("Кат")])
        #expect(inner.count == 1)
    }

    @Test func htmlEntitiesAndAttributesDecode() {
        #expect(HTMLText.decodeEntities("a &amp; b &lt;c&gt; &#1105; &#x44;") == "a & b <c> ё D")
        #expect(HTMLText.attribute("alt", in: " src='x.png' alt='a &quot;b&quot;'") == "a \"b\"")
        #expect(HTMLText.content(of: "<!-- hidden -->") == .paragraph([]))
    }
}
