import Chapter
import Testing
@testable import Search

@Suite struct SearchIndexTests {
    typealias F = Fixtures

    @Test func findsInflectedFormsThroughStems() {
        let index = F.index([
            F.question(1, "Как обрабатывать ошибку"),
            F.question(2, "Что такое корутина"),
        ])
        #expect(F.numbers(index.search("ошибки ")) == [1])
        #expect(F.numbers(index.search("корутины ")) == [2])
    }

    @Test func ranksExactWordAboveStemMatch() {
        let index = F.index([
            F.question(1, "Ошибка в коде"),
            F.question(2, "Ошибки в коде"),
        ])
        #expect(F.numbers(index.search("ошибки ")) == [2, 1])
        #expect(F.numbers(index.search("ошибка ")) == [1, 2])
    }

    @Test func everyWordMustMatchWithSoftFallback() {
        let index = F.index([
            F.question(1, "gather collects results"),
            F.question(2, "gather and semaphore together"),
            F.question(3, "nothing relevant"),
        ])
        let results = index.search("semaphore gather ")
        #expect(F.numbers(results) == [2, 1])
        #expect(results.hits.map(\.matchesAll) == [true, false])
        #expect(results.completeCount == 1)
        #expect(results.totalCount == 2)
    }

    @Test func weighsTitleAboveShortAnswerAboveProseAboveCode() {
        let index = F.index([
            F.question(1, "other", code: "semaphore = 1"),
            F.question(2, "other", details: [F.paragraph("semaphore here")]),
            F.question(3, "other", short: "semaphore here"),
            F.question(4, "semaphore"),
        ])
        #expect(F.numbers(index.search("semaphore ")) == [4, 3, 2, 1])
    }

    @Test func lastWordIsAPrefixOnlyWhenAskedWhileTyping() {
        let index = F.index([F.question(1, "asyncio.Semaphore limits work"), F.question(2, "sem")])
        #expect(F.numbers(index.search("semaph", prefixLastWord: true)) == [1])
        #expect(F.numbers(index.search("semaph ", prefixLastWord: true)) == [])
        #expect(F.numbers(index.search("semaph")) == [])
        // On the command line `do` is a word, not the start of `done`.
        let words = F.index([F.question(1, "what to do"), F.question(2, "done and dusted")])
        #expect(F.numbers(words.search("do")) == [1])
    }

    @Test func prefixRanksBelowExactWord() {
        let index = F.index([F.question(1, "tasks run"), F.question(2, "task run")])
        #expect(F.numbers(index.search("task", prefixLastWord: true)) == [2, 1])
    }

    @Test func prefixCompletionsStopAtThePostingBudgetMostFrequentFirst() {
        // gatherer in three questions, gathered in two, gathering in one: one posting each.
        let index = F.index([
            F.question(1, "gatherer gathered gathering"), F.question(2, "gatherer gathered"), F.question(3, "gatherer"),
        ])
        let words = { (terms: [Int32]) in terms.map { index.vocabulary.terms[Int($0)] } }
        #expect(words(index.completions(of: "gathe")) == ["gatherer", "gathered", "gathering"])
        #expect(words(index.completions(of: "gathe", postingLimit: 5)) == ["gatherer", "gathered"])
        // The most frequent completion stays whatever it holds: typing must still find something.
        #expect(words(index.completions(of: "gathe", postingLimit: 1)) == ["gatherer"])
        #expect(index.completions(of: "zz").isEmpty)
    }

    @Test func forgivesTyposByWordLength() {
        let index = F.index([
            F.question(1, "asyncio.Semaphore"),
            F.question(2, "async with asyncio.TaskGroup() as tg"),
            F.question(3, "the loop"),
        ])
        #expect(F.numbers(index.search("semafore ")) == [1])
        #expect(F.numbers(index.search("TaskGrup ")) == [2])
        // Three letters allow no edit: "lop" is not "loop".
        #expect(F.numbers(index.search("lop ")) == [])
    }

    @Test func readsTheWrongKeyboardLayoutWhenThatFindsMore() {
        let index = F.index([F.question(1, "Что такое семафор"), F.question(2, "asyncio.TaskGroup")])
        let russian = index.search("ctvfajh")
        #expect(F.numbers(russian) == [1])
        #expect(russian.reading == .switchedLayout("семафор"))
        let english = index.search("ефылпкщгз")
        #expect(F.numbers(english) == [2])
        #expect(english.reading == .switchedLayout("taskgroup"))
        let literal = index.search("семафор")
        #expect(literal.reading == .asTyped)
    }

    @Test func switchesOnlyTheWordTypedInTheWrongLayout() {
        let index = F.index([F.question(1, "asyncio.TaskGroup и семафор"), F.question(2, "asyncio only")])
        let results = index.search("asyncio ефылпкщгз")
        #expect(results.reading == .switchedLayout("asyncio taskgroup"))
        #expect(F.numbers(results).first == 1)
        #expect(results.hits.first?.matchesAll == true)
        #expect(index.search("ctvfajh asyncio").reading == .switchedLayout("семафор asyncio"))
    }

    @Test func quotedPhraseNeedsWordsInOrder() {
        let index = F.index([
            F.question(1, "the event loop runs"),
            F.question(2, "loop over each event"),
        ])
        #expect(F.numbers(index.search("\"event loop\"")) == [1])
        #expect(Set(F.numbers(index.search("event loop "))) == [1, 2])
    }

    @Test func phraseDoesNotSpanTwoParagraphs() {
        let index = F.index([F.question(1, "x", details: [F.paragraph("event"), F.paragraph("loop")])])
        #expect(F.numbers(index.search("\"event loop\"")) == [])
    }

    @Test func dictionaryFindsTheOtherLanguage() {
        let terms = "семафор\tsemaphore\nцикл событий\tevent loop\n"
        let index = F.index([
            F.question(1, "asyncio.Semaphore limits"),
            F.question(2, "how the event loop works"),
            F.question(3, "Цикл событий и семафор"),
        ], terms: terms)
        #expect(F.numbers(index.search("семафор ")) == [3, 1])
        #expect(F.numbers(index.search("цикл событий ")) == [3, 2])
        #expect(F.numbers(index.search("event loop ")) == [2, 3])
        let withoutDictionary = F.index([F.question(1, "asyncio.Cookbook limits")])
        #expect(F.numbers(withoutDictionary.search("поваренная ")) == [])
    }

    @Test func findsIdentifiersInCodeByParts() {
        let index = F.index([F.question(1, "Sync and async", code: "await loop.run_in_executor(None, work)\n")])
        for query in ["run_in_executor ", "executor ", "run ", "loop.run_in_executor "] {
            let results = index.search(query)
            #expect(F.numbers(results) == [1], "\(query)")
            #expect(results.hits.first?.fields == .code, "\(query)")
        }
    }

    @Test func indexesTableCellsAndFollowUps() {
        let table = Table(alignments: [.none, .none], header: [[.text("Метод")], [.text("Когда")]],
                          rows: [[[.code("gather")], [.text("все результаты")]]])
        let followUps = List(isOrdered: false, items: [[F.paragraph("Чем отличается shield?")]])
        let question = Question(id: QuestionID(chapterID: "01-test", number: 1), title: "Методы", line: 1, sections: [
            Section(kind: .details, title: "Детальный разбор", line: 2, blocks: [Block(.table(table), lines: 2...4)]),
            Section(kind: .interview, title: "На интервью", line: 5, blocks: [Block(.list(followUps), lines: 6...6)]),
        ])
        let index = SearchIndex(library: F.library([question]))
        #expect(F.numbers(index.search("gather ")) == [1])
        #expect(F.numbers(index.search("shield ")) == [1])
        #expect(index.search("shield ").hits.first?.fields == .followUp)
    }

    @Test func snippetAndTitleRangesPointAtMatches() throws {
        let index = F.index([F.question(1, "Ошибки в async коде", short: "Пробрасывайте CancelledError, а ошибки логируйте.")])
        let hit = try #require(index.search("ошибки ").hits.first)
        #expect(hit.titleRanges == [0..<6])
        let snippet = try #require(hit.snippet)
        #expect(snippet.field == .shortAnswer)
        let words = snippet.ranges.map { range in String(Array(snippet.text)[range]) }
        // The glossary reads ошибка as error too, so CancelledError's part is marked.
        #expect(words == ["Error", "ошибки"])
    }


    @Test func hitsPastTheTitleRangeLimitFindTheirMatchesOnDemand() {
        let index = F.index((1...5).map { F.question($0, "Ошибки \($0) и ещё ошибка в коде") })
        let whole = index.search("ошибки ")
        let limited = index.search("ошибки ", titleRangeLimit: 2)
        #expect(limited.hits.map(\.questionID) == whole.hits.map(\.questionID))
        #expect(limited.hits.map { $0.titleRanges != nil } == [true, true, false, false, false])
        let expected = whole.hits.compactMap(\.titleRanges)
        #expect(expected.count == 5 && expected.allSatisfy { $0.count == 2 })
        #expect(limited.hits.map(limited.titleRanges(of:)) == expected)
    }
    @Test func snippetOfLongTextIsCutAroundTheMatch() throws {
        let filler = String(repeating: "слово другое ", count: 80)
        let index = F.index([F.question(1, "x", details: [F.paragraph(filler + "здесь семафор стоит. " + filler)])])
        let snippet = try #require(index.search("семафор ").hits.first?.snippet)
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(snippet.text.count <= SearchIndex.snippetLength + 25)
        #expect(snippet.ranges.map { String(Array(snippet.text)[$0]) } == ["семафор"])
    }

    @Test func snippetOfCodeIsTheMatchingLine() throws {
        let code = "import asyncio\n\nasync def main():\n    sem = asyncio.Semaphore(3)\n    return sem\n"
        let index = F.index([F.question(1, "x", code: code)])
        let snippet = try #require(index.search("semaphore ").hits.first?.snippet)
        #expect(snippet.field == .code)
        #expect(snippet.text == "sem = asyncio.Semaphore(3)")
        #expect(snippet.ranges.map { String(Array(snippet.text)[$0]) } == ["Semaphore"])
        // With two words, the line holding both is quoted rather than the first holding one.
        let both = try #require(index.search("asyncio semaphore ").hits.first?.snippet)
        #expect(both.text == "sem = asyncio.Semaphore(3)")
    }

    @Test func highlighterMarksMatchesInAnyText() {
        let index = F.index([F.question(1, "semaphore"), F.question(2, "other")])
        let results = index.search("semaphores ")
        #expect(results.highlighter.ranges(in: "Один Semaphore и ещё semaphore") == [5..<14, 21..<30])
    }

    @Test func notesJoinTheIndexAndSaySo() {
        var index = F.index([F.question(1, "gather"), F.question(2, "wait")])
        #expect(F.numbers(index.search("мнемоника ")) == [])
        index.setNote("Моя мнемоника: gather собирает", for: QuestionID(chapterID: "01-test", number: 2))
        let results = index.search("мнемоники ")
        #expect(F.numbers(results) == [2])
        #expect(results.hits.first?.matchedNote == true)
        #expect(results.hits.first?.snippet?.field == .note)
        #expect(F.numbers(index.search("gather ")) == [1, 2])

        index.setNote("другое", for: QuestionID(chapterID: "01-test", number: 2))
        #expect(F.numbers(index.search("мнемоника ")) == [])
        #expect(F.numbers(index.search("друго", prefixLastWord: true)) == [2])
        index.setNote(nil, for: QuestionID(chapterID: "01-test", number: 2))
        #expect(F.numbers(index.search("другое ")) == [])
        #expect(index.note(for: QuestionID(chapterID: "01-test", number: 2)) == nil)
    }

    @Test func limitsHitsButCountsAll() {
        let index = F.index((1...30).map { F.question($0, "asyncio question \($0)") })
        let results = index.search("asyncio ", limit: 5)
        #expect(results.hits.count == 5)
        #expect(results.totalCount == 30)
    }

    @Test func oddQueriesNeitherCrashNorMatchEverything() {
        let index = F.index([F.question(1, "gather results"), F.question(2, "wait for tasks")])
        let long = Array(repeating: "gather", count: 40).joined(separator: " ")
        #expect(F.numbers(index.search(long)) == [1])
        #expect(index.search("\"\"").hits.isEmpty)
        #expect(index.search("🙂 ✓ —").hits.isEmpty)
        #expect(index.search("\u{301}").hits.isEmpty)
        #expect(F.numbers(index.search("g", prefixLastWord: true)) == [])
        #expect(F.numbers(index.search("ga", prefixLastWord: true)) == [1])
        #expect(F.numbers(index.search("\"gather")) == [1])
    }

    @Test func textOfOnlyAccentsIndexesNothing() {
        let index = F.index([F.question(1, "\u{301}\u{301}", short: "ответ\u{301}")])
        #expect(F.numbers(index.search("ответ ")) == [1])
    }

    @Test func emptyLibrarySearchesToNothing() {
        let index = SearchIndex(library: Library(chapters: []))
        #expect(index.documentCount == 0)
        #expect(index.search("gather").hits.isEmpty)
        #expect(index.search("ctvfajh").hits.isEmpty)
    }

    @Test func snippetsBeyondTheLimitComeOnDemand() throws {
        let index = F.index((1...5).map { F.question($0, "вопрос", short: "ответ про gather номер \($0)") })
        let results = index.search("gather ", limit: 5, snippetLimit: 2)
        #expect(results.hits.map { $0.snippet != nil } == [true, true, false, false, false])
        let late = try #require(index.snippet(for: results.hits[4], in: results))
        #expect(late.text.hasPrefix("ответ про gather номер"))
        #expect(late.ranges.map { String(Array(late.text)[$0]) } == ["gather"])
    }

    @Test func emptyQueryFindsNothing() {
        let index = F.index([F.question(1, "gather")])
        #expect(index.search("").hits.isEmpty)
        #expect(index.search("  ,; ").hits.isEmpty)
    }

    @Test func largeLibraryBuiltInParallelMatchesTheSameQuestions() {
        // 400 questions are tokenized in two halves and merged: terms must line up across halves.
        let questions = (1...400).map { number in
            F.question(number, number == 350 ? "уникальный семафор" : "вопрос \(number)",
                       short: number.isMultiple(of: 2) ? "общий текст gather" : "общий текст wait")
        }
        let index = F.index(questions)
        #expect(index.documentCount == 400)
        #expect(F.numbers(index.search("уникальный ")) == [350])
        #expect(index.search("gather ", limit: 1000).totalCount == 200)
        #expect(index.search("общий ", limit: 1000).totalCount == 400)
        let both = index.search("вопрос 399 ")
        #expect(both.hits.first?.questionID.number == 399)
        #expect(both.completeCount == 1)
    }
}
