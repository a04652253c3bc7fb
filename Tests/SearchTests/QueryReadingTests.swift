import Chapter
import Testing
@testable import Search

/// How queries are read: stop words, words that need not match, the layout, the glossary,
/// transliteration, related forms, follow-up lists and very long queries.
@Suite struct QueryReadingTests {
    typealias F = Fixtures

    @Test func dropsStopWordsUnlessTheyAreAllTheQueryHas() {
        let index = F.index([F.question(1, "What is a semaphore"), F.question(2, "What is gather")])
        let natural = index.search("what is semaphore")
        #expect(F.numbers(natural) == [1])
        #expect(natural.analysis.stopWords == ["what", "is"])
        #expect(Set(F.numbers(index.search("what is"))) == [1, 2])
    }

    @Test func wordsMatchingNothingDoNotHideTheOthers() {
        let index = F.index([F.question(1, "gather collects results"), F.question(2, "semaphore limits tasks")])
        #expect(F.numbers(index.search("how does gather work")) == [1])
        #expect(F.numbers(index.search("gather результаты несуществующее")) == [1])
    }

    @Test func numbersAndSingleLettersDoNotCountTowardTheShare() {
        let index = F.index([
            F.question(1, "retry with backoff"),
            F.question(2, "other", code: "x = 3\ny = 3\nz = [3, 3, 3]\n"),
        ])
        let results = index.search("retry 3")
        #expect(F.numbers(results) == [1, 2])
        #expect(results.analysis.uncounted == ["3"])
    }

    @Test func neverSwitchesTheLayoutOfAKnownWord() {
        // Both spellings exist: each is read as typed.
        let index = F.index([F.question(1, "привет"), F.question(2, KeyboardLayout.switched("привет"))])
        #expect(index.search("привет").reading == .asTyped)
        #expect(F.numbers(index.search("привет")) == [1])
        #expect(index.search("ghbdtn").reading == .asTyped)
        // A correct Russian word the library lacks stays Russian.
        let other = F.index([F.question(1, "asyncio gather")])
        #expect(other.search("гонки").reading == .asTyped)
    }

    @Test func theBuiltInGlossaryWorksWithoutATermsFile() throws {
        let index = F.index([F.question(1, "Race condition between threads"), F.question(2, "Deadlock")])
        let results = index.search("состояние гонки")
        #expect(F.numbers(results).first == 1)
        let expansion = try #require(results.analysis.expansions.first { $0.kind == .glossary })
        #expect(expansion.terms.contains("race condition"))
        #expect(F.numbers(index.search("взаимная блокировка")).first == 2)
    }

    @Test func transliterationMatchesTermsNoGlossaryLists() throws {
        let index = F.index([F.question(1, "Django backend"), F.question(2, "other")])
        let results = index.search("джанго бэкенд")
        #expect(F.numbers(results) == [1])
        let expansions = results.analysis.expansions.filter { $0.kind == .transliteration }
        #expect(expansions.map(\.word) == ["джанго", "бэкенд"])
        #expect(F.numbers(F.index([F.question(1, "Что такое мьютекс")]).search("mutex")) == [1])
    }

    @Test func relatedFormsRankBelowTheWordsOwnStem() {
        let index = F.index([F.question(1, "Сборка мусора"), F.question(2, "Сборщик мусора"), F.question(3, "Утиная типизация")])
        #expect(F.numbers(index.search("сборщик")) == [2, 1])
        #expect(F.numbers(index.search("утка")) == [3])
        #expect(F.numbers(F.index([F.question(1, "Как отменить задачу")]).search("отмена")) == [1])
    }

    @Test func followUpListsWeighLessThanTheAnswer() {
        let followUps = List(isOrdered: false, items: [[F.paragraph("Какие бывают уровни изоляции?")]])
        let asking = Question(id: QuestionID(chapterID: "01-test", number: 1), title: "Транзакции", line: 1, sections: [
            Section(kind: .interview, title: "На интервью", line: 2, blocks: [Block(.list(followUps), lines: 3...3)]),
        ])
        let answering = F.question(2, "Аномалии чтения", details: [F.paragraph("Уровни изоляции определяют, какие аномалии возможны.")])
        let index = SearchIndex(library: F.library([asking, answering]))
        #expect(F.numbers(index.search("Какие бывают уровни изоляции?")) == [2, 1])
    }

    @Test func phrasesOfThreeWordsNeedAllInOrder() {
        let index = F.index([
            F.question(1, "the global interpreter lock", short: "global lock interpreter"),
            F.question(2, "interpreter global lock"),
            F.question(3, "x", details: [F.paragraph("a global interpreter"), F.paragraph("lock")]),
        ])
        #expect(F.numbers(index.search("\"global interpreter lock\"")) == [1])
    }

    @Test func aHugeQueryIsReadOnlyUpToTheCap() {
        let index = F.index([F.question(1, "семафор gather"), F.question(2, "wait")])
        let huge = String(repeating: "семафор gather ctvfajh ", count: 500)
        #expect(huge.count > 10_000)
        let query = SearchQuery(parsing: huge)
        #expect(query.description.count <= SearchQuery.maximumLength)
        let results = index.search(huge)
        #expect(F.numbers(results).first == 1)
        #expect(results.analysis.layoutSwitches.count <= SearchQuery.maximumLength / 2)
        let oneWord = String(repeating: "a", count: 20_000)
        #expect(index.search(oneWord).hits.isEmpty)
    }
}
