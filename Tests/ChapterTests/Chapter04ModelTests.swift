import Testing
@testable import Chapter

/// The model of the bundled chapter 04, checked against the Markdown it comes from.
@Suite struct Chapter04ModelTests {
    let chapter = Fixtures.chapter04

    @Test func chapterHasNumberTitleAndTenQuestions() {
        #expect(chapter.id == "04-asyncio")
        #expect(chapter.number == 4)
        #expect(chapter.title == "Asyncio и конкурентность")
        #expect(chapter.questions.map(\.number) == Array(1...10))
    }

    @Test func questionTitlesAreReadWithoutTheirPrefix() {
        #expect(chapter.questions.map(\.title) == [
            "Как работает event loop в asyncio?",
            "В чём разница между coroutine, task и future?",
            "Как использовать async/await правильно?",
            "Что такое asyncio.gather vs asyncio.wait vs TaskGroup?",
            "Как обрабатывать ошибки в async коде?",
            "Когда использовать threading vs multiprocessing vs asyncio?",
            "Как работает concurrent.futures?",
            "Как сочетать sync и async код?",
            "Что такое semaphore и как ограничить конкурентность?",
            "Как тестировать асинхронный код?",
        ])
        #expect(chapter.question(number: 1)?.line == 7)
    }

    @Test func everyQuestionHasTheSixSectionsInOrder() {
        let expected: [Section.Kind] = [.whyAsked, .shortAnswer, .details, .example, .mistakes, .interview]
        for question in chapter.questions {
            #expect(question.sections.map(\.kind) == expected, "question \(question.number)")
        }
        #expect(chapter.question(number: 1)?.sections.map(\.title) == [
            "Зачем спрашивают", "Короткий ответ", "Детальный разбор", "Пример", "Типичные ошибки", "На интервью",
        ])
    }

    @Test func shortAnswerKeepsBoldAndCode() throws {
        let shortAnswer = try #require(chapter.question(number: 2)?.section(.shortAnswer))
        guard case .paragraph(let inlines) = shortAnswer.blocks.first?.content else {
            Issue.record("short answer is not a paragraph"); return
        }
        #expect(inlines.first == .strong([.text("Coroutine")]))
        let question4 = try #require(chapter.question(number: 4)?.section(.shortAnswer))
        guard case .paragraph(let inlines4) = question4.blocks.first?.content else {
            Issue.record("short answer is not a paragraph"); return
        }
        #expect(inlines4.first == .code("gather()"))
    }

    @Test func comparisonTableOfQuestion4() throws {
        let table = try #require(tables(in: 4).first)
        #expect(table.header.map(\.plainText) == ["Аспект", "gather", "wait", "TaskGroup"])
        #expect(table.rows.count == 5)
        #expect(table.rows.map { $0[0].plainText } == ["Результат", "Порядок", "Отмена при ошибке", "Синтаксис", "Python"])
        #expect(table.rows[3][1] == [.code("await gather(...)")])
        #expect(table.alignments == [.none, .none, .none, .none])
    }

    @Test func comparisonTableOfQuestion6() throws {
        let table = try #require(tables(in: 6).first)
        #expect(table.header.map(\.plainText) == ["Аспект", "asyncio", "threading", "multiprocessing"])
        #expect(table.rows.count == 6)
        #expect(table.rows.last?.map(\.plainText) == ["Сложность", "Средняя", "Высокая (race conditions)", "Средняя"])
        #expect(table.rows.allSatisfy { $0.count == 4 })
    }

    @Test func codeBlocksKeepTheirLanguage() throws {
        let question1 = try #require(chapter.question(number: 1))
        #expect(question1.codeBlocks.map(\.language) == ["python", "python"])
        #expect(question1.codeBlocks[0].code.hasPrefix("while running:\n"))
        let question6 = try #require(chapter.question(number: 6))
        // The selection rule is a plain ``` block: no language.
        #expect(question6.codeBlocks.first?.language == nil)
        #expect(question6.codeBlocks.first?.code.contains("CPU-bound → multiprocessing") == true)
        let all = chapter.questions.flatMap(\.codeBlocks)
        #expect(all.filter(\.isPython).count >= 10)
    }

    @Test func blocksKeepTheirSourceLines() throws {
        let details = try #require(chapter.question(number: 1)?.section(.details))
        // "**Упрощённая модель:**" is line 17, the ```python fence opens on line 18.
        #expect(details.blocks[0].lines == 17...17)
        #expect(details.blocks[1].lines.lowerBound == 18)
        #expect(details.blocks[1].lines.upperBound == 34)  // the closing fence
    }

    @Test func interviewSectionGivesAdviceAndFollowUps() throws {
        let interview = try #require(chapter.question(number: 1)?.interview)
        #expect(interview.howToAnswer?.plainText.hasPrefix("Опишите цикл обработки событий") == true)
        #expect(interview.followUps.map(\.plainText) == [
            "Что происходит при блокирующем вызове в async функции?",
            "Как запустить блокирующий код в async контексте?",
            "Чем uvloop отличается от стандартного loop?",
        ])
        for question in chapter.questions {
            #expect(question.interview?.followUps.isEmpty == false, "question \(question.number)")
        }
    }

    @Test func separatorsAndNavigationAreNotContent() {
        for question in chapter.questions {
            for section in question.sections {
                #expect(section.blocks.last?.content != .rule)
                #expect(!section.blocks.contains { $0.isNavigation })
            }
        }
        #expect(chapter.introduction.isEmpty)
    }

    @Test func lookupsByIDAndNumber() throws {
        let library = try LibraryLoader.load(directory: Fixtures.contentDirectory)
        #expect(library.chapters.map(\.id) == ["04-asyncio"])
        #expect(library.topics == ["04-asyncio"])
        #expect(library.question(QuestionID(chapterID: "04-asyncio", number: 9))?.title == "Что такое semaphore и как ограничить конкурентность?")
        #expect(library.question(QuestionID(chapterID: "04-asyncio", number: 11)) == nil)
        #expect(library.chapter(id: "05-missing") == nil)
        #expect(library.warnings.isEmpty)
    }

    private func tables(in number: Int) -> [Table] {
        chapter.question(number: number)!.sections.flatMap(\.blocks).compactMap {
            if case .table(let table) = $0.content { return table }
            return nil
        }
    }
}
