import Chapter
import Screen
import Testing
@testable import Browser

/// Chapters of every shape, rendered into a buffer as the reader sees them.
@Suite struct ChapterShapeRenderingTests {
    static let shapes: Library = try! LibraryLoader.load(directory: TestLibrary.repositoryRoot + "/Tests/ChapterTests/Fixtures/shapes")
    static let tracks: Library = try! LibraryLoader.load(directory: TestLibrary.repositoryRoot + "/Tests/ChapterTests/Fixtures/tracks")

    func state(_ library: Library, chapter: String, width: Int = 120, height: Int = 40) -> AppState {
        var state = AppState(library: library, theme: .fallback, size: Size(width: width, height: height))
        state.openChapter(chapter)
        state.refreshLayout()
        return state
    }

    func answer(_ chapter: String, _ number: Int, width: Int = 80) throws -> [String] {
        let library = Self.shapes
        let question = try #require(library.chapter(id: chapter)?.question(number: number))
        return AnswerRenderer(theme: .monochrome, code: .inline(highlight: nil))
            .render(question, width: width, appendix: library.appendix(after: question)).plainLines
    }

    @Test func topicChaptersShowTheirOwnHeadingsWithoutAnInventedNumber() throws {
        let screen = state(Self.shapes, chapter: "02-system-design").screenText
        #expect(screen.contains("Требования"))
        #expect(screen.contains("Функциональные"))
        #expect(!screen.contains("Вопрос"))
        #expect(try answer("02-system-design", 1).first == "Требования")
    }

    @Test func theAppendixEndsTheLastAnswerOnly() throws {
        let last = try answer("02-system-design", 3)
        #expect(last.contains("Литература"))
        #expect(last.contains("• Статья о веерной рассылке."))
        #expect(!(try answer("02-system-design", 2)).contains("Литература"))
        #expect(!(try answer("01-front-matter", 1)).contains { $0.contains("См. также") })
        #expect((try answer("01-front-matter", 2)).contains("См. также"))
    }

    @Test func englishChaptersKeepTheirWords() throws {
        let lines = try answer("03-english", 1)
        #expect(lines.first == "Question 1. What does yield do?")
        #expect(lines.contains("Short answer"))
    }

    @Test func markupRendersWithoutTags() throws {
        let lines = try answer("05-markup", 1)
        let text = lines.joined(separator: "\n")
        #expect(lines.contains("☑ сделано"))
        #expect(lines.contains("☐ не сделано"))
        #expect(text.contains("сноска[1] и ещё одна[2]."))
        #expect(text.contains("Нажмите [Ctrl]+[C], чтобы остановить."))
        #expect(lines.contains("Вторая строка после br."))
        #expect(text.contains("[рисунок: схема очереди]"))
        #expect(lines.contains("▾ Показать ответ"))
        #expect(lines.contains("  Ответ спрятан под катом."))
        #expect(lines.contains("Сноски"))
        #expect(lines.contains("1. Первая сноска."))
        #expect(lines.contains("2. Вторая сноска."))
        for raw in ["<kbd>", "<br>", "<details>", "<summary>", "<!--", "<span", "~~", "[^", "[x]", "[ ]"] {
            #expect(!text.contains(raw), "\(raw) shows")
        }
        #expect((try answer("05-markup", 2)).contains("[рисунок: диаграмма потоков]"))
    }

    @Test func strikethroughIsStyled() throws {
        let question = try #require(Self.shapes.chapter(id: "05-markup")?.question(number: 1))
        let answer = AnswerRenderer(theme: .fallback, code: .placeholder).render(question, width: 80)
        let struck = answer.lines.flatMap { $0 }.first { $0.text == "зачёркнут" }
        #expect(struck?.style.attributes.contains(.strikethrough) == true)
    }

    @Test func topicsAreGroupedByTrackAndReadme() {
        var state = state(Self.tracks, chapter: "python/01-types")
        state.apply(.openTopics)
        let rows = TopicsView.rows(state)
        #expect(rows.map { row -> String in
            switch row {
            case .heading(let text): return "# " + text
            case .topic(let index, let title): return "\(index) " + title
            case .orphan(let text): return "- " + text
            }
        } == [
            "# Python", "#   Основы", "0       01. Типы данных", "#   Конкурентность и практика", "1       02. Потоки",
            "# System design", "#   Классика", "2       01. Сокращатель ссылок",
        ])
        let screen = state.screenText
        #expect(screen.contains("Конкурентность и практика"))
        // Moving down skips the headings: the second topic is the second chapter.
        state.apply(.moveDown(1), .openSelected)
        #expect(state.chapterID == "python/02-threads")
    }

    @Test func aClickOnAHeadingOpensNothing() {
        var state = state(Self.tracks, chapter: "python/01-types")
        state.apply(.openTopics)
        let screen = state.screenLines
        let headingRow = screen.firstIndex { $0.contains("Конкурентность и практика") }!
        let topicRow = screen.firstIndex { $0.contains("02. Потоки") }!
        let column = screen[topicRow].distance(from: screen[topicRow].startIndex, to: screen[topicRow].firstRange(of: "02.")!.lowerBound)
        #expect(TopicsView.row(at: Point(x: column, y: headingRow), state: state) == nil)
        #expect(TopicsView.row(at: Point(x: column, y: topicRow), state: state) == 1)
    }

    @Test func orphanedNotesShowWithTheirOldTitle() {
        var state = state(Self.shapes, chapter: "01-front-matter")
        state.apply(.orphanedNotesLoaded([OrphanedNote(chapterID: "01-front-matter", key: "старый вопрос", questionTitle: "Старый вопрос?", text: "x")]))
        state.apply(.openTopics)
        let screen = state.screenText
        #expect(screen.contains("Заметки без вопроса"))
        #expect(screen.contains("01-front-matter · Старый вопрос?"))
        // The chapter's appendix is listed with its topic.
        #expect(screen.contains("+ См. также"))
    }

    @Test func theBundledChapterKeepsItsNumberedHeadings() {
        let screen = TestLibrary.state(width: 120, height: 40).screenText
        #expect(screen.contains("Вопрос 1. Как работает event loop в asyncio?"))
    }
}

@Suite struct SectionKeyLineTests {
    @Test func aNumberKeyFindsItsSectionsLine() throws {
        let question = try #require(ChapterShapeRenderingTests.shapes.chapter(id: "02-system-design")?.question(number: 1))
        let answer = AnswerRenderer(theme: .monochrome, code: .placeholder).render(question, width: 60)
        let line = try #require(answer.line(forKey: 2, in: question))
        #expect(answer.plainLines[line] == "Нефункциональные")
        #expect(answer.line(forKey: 3, in: question) == nil)
    }
}

@Suite struct SectionKeysInTopicChaptersTests {
    @Test func numberKeysGoToTheSectionsInOrder() {
        var state = AppState(library: ChapterShapeRenderingTests.shapes, theme: .fallback, size: Size(width: 120, height: 12))
        state.openChapter("02-system-design")
        state.refreshLayout()
        #expect(state.sectionLine(forKey: 2).map { state.renderedAnswer.plainLines[$0] } == "Нефункциональные")
        state.apply(.jumpToSection(2))
        #expect(state.message == nil)
        state.apply(.jumpToSection(3))
        #expect(state.message == "В этом ответе нет такого раздела")
    }
}
