import Testing
@testable import Chapter

/// A question is known by its chapter and normalised title, whatever its number.
@Suite struct QuestionIdentityTests {
    @Test func normalisedTitles() {
        #expect(QuestionKey.normalizedTitle("Вопрос 3: Что такое  Event loop?") == "что такое event loop")
        #expect(QuestionKey.normalizedTitle("Question 12: What is `yield`?") == "what is yield")
        #expect(QuestionKey.normalizedTitle("Ёлка и ёж") == "елка и еж")
        #expect(QuestionKey.normalizedTitle("asyncio.gather() vs wait()") == "asynciogather vs wait")
        #expect(QuestionKey.normalizedTitle("  Требования\t") == "требования")
    }

    @Test func theFastPathAgreesWithTheRule() throws {
        let chapter04 = Fixtures.chapter04.questions.flatMap { [$0.title] + $0.sections.map(\.title) }
        let samples = chapter04 + [
            "Что такое «GIL» — и зачем?", "Ёжик: gather vs TaskGroup…", "A_B c$d e+f {g} [h] (i) <j> ~k `l` |m| ^n",
            "  tabs\tand\nnewlines  ", "UPPER Ё lower ё", "3.14 и 42", "",
        ]
        for sample in samples {
            #expect(QuestionKey.fastNormalized(sample) == QuestionKey.generalNormalized(sample), "\(sample)")
        }
        // Anything else takes the general rule.
        #expect(QuestionKey.fastNormalized("naïve") == nil)
        #expect(QuestionKey.normalizedTitle("Naïve café") == "naïve café")
        #expect(QuestionKey.normalizedTitle("non\u{A0}breaking") == "non breaking")
    }

    @Test func renumberingKeepsKeys() throws {
        let before = try ChapterParser.parse("# T\n## Вопрос 1: Первый\nx\n## Вопрос 2: Второй\ny\n", chapterID: "t")
        let after = try ChapterParser.parse(
            "# T\n## Введение\nz\n## Вопрос 1: Новый\nn\n## Вопрос 2: Первый\nx\n## Вопрос 3: Второй!\ny\n", chapterID: "t")
        #expect(before.questions[1].key == QuestionKey(chapterID: "t", title: "второй"))
        #expect(Set(before.questions.map(\.key)).isSubset(of: Set(after.questions.map(\.key))))
        #expect(after.questions.first { $0.key == before.questions[0].key }?.number == 3)
    }

    @Test func repeatedTitlesGetDistinctKeys() throws {
        let chapter = try ChapterParser.parse("# T\n## Пример\nx\n## Пример\ny\n", chapterID: "t")
        #expect(chapter.questions.map(\.key.title) == ["пример", "пример #2"])
    }

    @Test func storedKeysMatchExactlyBySimilarityOrNotAtAll() throws {
        let library = Library(chapters: [try ChapterParser.parse("""
            # T
            ## Вопрос 1: Как работает event loop в asyncio?
            x
            ## Вопрос 2: Что такое корутина
            y
            ## Вопрос 3: Что такое таск
            z
            ## Вопрос 4: Что такое таски
            w
            """, chapterID: "t")])
        let exact = QuestionKey(chapterID: "t", title: "что такое корутина")
        let edited = QuestionKey(chapterID: "t", title: "как работает eventloop в asyncio")
        let ambiguous = QuestionKey(chapterID: "t", title: "что такое таскы")
        let gone = QuestionKey(chapterID: "t", title: "зачем нужен gil")
        let otherChapter = QuestionKey(chapterID: "removed", title: "что такое корутина")
        let matches = KeyMatching.match([exact, edited, ambiguous, gone, otherChapter], in: library)
        #expect(matches[exact] == .exact(QuestionID(chapterID: "t", number: 2)))
        guard case .similar(let id, let message)? = matches[edited] else { Issue.record("a similar match"); return }
        #expect(id.number == 1)
        #expect(message.contains("Как работает event loop в asyncio?"))
        #expect(matches[ambiguous] == .orphan)
        #expect(matches[gone] == .orphan)
        #expect(matches[otherChapter] == .orphan)
    }

    @Test func aQuestionOwningItsKeyIsNotGivenAnother() throws {
        let library = Library(chapters: [try ChapterParser.parse("# T\n## Что такое корутина\nx\n", chapterID: "t")])
        let owner = QuestionKey(chapterID: "t", title: "что такое корутина")
        let lookalike = QuestionKey(chapterID: "t", title: "что такое корутины")
        let matches = KeyMatching.match([owner, lookalike], in: library)
        #expect(matches[owner] == .exact(QuestionID(chapterID: "t", number: 1)))
        #expect(matches[lookalike] == .orphan)
    }
}

@Suite struct LanguageNameIdentityTests {
    /// Questions about C++ and C# are two questions, not one.
    @Test func plusAndHashKeepLanguagesApart() {
        #expect(QuestionKey.normalizedTitle("Что такое C++?") == "что такое c++")
        #expect(QuestionKey.normalizedTitle("Что такое C#?") == "что такое c#")
        #expect(QuestionKey.normalizedTitle("Что такое C++?") != QuestionKey.normalizedTitle("Что такое C?"))
        #expect(QuestionKey.generalNormalized("F# и C++ 😀") == "f# и c++")
    }
}
