import Foundation
import Chapter
import Screen
import Study
import Testing
@testable import Browser

/// Recall mode through `update` and the keymap, with a clock moved by hand.
@Suite struct RecallTests {
    let chapter = TestLibrary.bundled.chapters[0]

    /// The browser at the fake clock's start, the review log read (empty unless given).
    func state(cards: [QuestionID: Card] = [:], width: Int = 120, height: Int = 40) -> AppState {
        var state = TestLibrary.state(width: width, height: height)
        state.apply(FakeClock.tick(seconds: 0), .cardsLoaded(cards))
        return state
    }

    /// Presses keys as the reader would, collecting every effect `update` returns.
    @discardableResult
    func press(_ text: String, in state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for character in text {
            guard let action = Keymap.action(for: .character(character), in: state) else { continue }
            effects += update(&state, action)
        }
        return effects
    }

    func recorded(_ effects: [Effect]) -> [(QuestionID, Rating, Instant)] {
        effects.compactMap {
            if case .recordReview(let id, _, _, let rating, let time) = $0 { return (id, rating, time) }
            return nil
        }
    }

    @Test func rStartsOnTheOpenChapterWithTheAnswerHidden() {
        var state = state()
        press("r", in: &state)
        #expect(state.mode == .recall)
        #expect(state.study.session?.queue == chapter.questions.map(\.id))
        let screen = state.screenText
        #expect(screen.contains(chapter.questions[0].title))
        #expect(screen.contains("Зачем спрашивают"))
        #expect(!screen.contains("Короткий ответ"))
        #expect(!screen.contains("Детальный разбор"))
    }

    @Test func spaceRevealsTheShortAnswerThenTheFullOne() {
        var state = state()
        press("r ", in: &state)
        #expect(state.screenText.contains("Короткий ответ"))
        #expect(!state.screenText.contains("Детальный разбор"))
        press(" ", in: &state)
        #expect(state.study.session?.stage == .fullAnswer)
        #expect(state.screenText.contains("Детальный разбор"))
        press(" ", in: &state)
        #expect(state.study.session?.stage == .fullAnswer)
    }

    @Test func aGradeBeforeTheAnswerIsShownIsRefused() {
        var state = state()
        let effects = press("r3", in: &state)
        #expect(recorded(effects).isEmpty)
        #expect(state.study.session?.position == 0)
        #expect(state.message != nil)
    }

    @Test func gradingRecordsTheReviewAtTheWallTimeAndMovesOn() {
        var state = state()
        press("r", in: &state)
        state.apply(FakeClock.tick(seconds: 42))
        let effects = press(" 3", in: &state)
        let first = chapter.questions[0]
        #expect(recorded(effects).map(\.0) == [first.id])
        #expect(recorded(effects).map(\.1) == [.good])
        #expect(recorded(effects).map(\.2) == [FakeClock.wall(seconds: 42)])
        #expect(effects.contains(.recordReview(id: first.id, key: cardKey(for: first), title: first.title,
                                               rating: .good, at: FakeClock.wall(seconds: 42))))
        #expect(state.study.session?.position == 1)
        #expect(state.study.session?.stage == .question)
        #expect(state.screenText.contains(chapter.questions[1].title))
        #expect(!state.screenText.contains("Короткий ответ"))
    }

    @Test func theRussianLayoutGradesAndEndsToo() {
        var state = state()
        press("r 4", in: &state)
        #expect(state.study.session?.grades == [.easy])
        press("й", in: &state)  // q on the Russian layout
        #expect(state.study.session?.isOver == true)
    }

    @Test func escEndsWithASummaryThenReturnsToTheList() {
        var state = state()
        press("r", in: &state)
        press(" 1", in: &state)
        press(" 3", in: &state)
        state.apply(FakeClock.tick(seconds: 95))
        press(" 3", in: &state)
        state.apply(.endRecall)
        #expect(state.study.session?.isOver == true)
        let screen = state.screenText
        #expect(screen.contains("Итоги повторения"))
        #expect(screen.contains("Оценено: 3 из \(chapter.questions.count)"))
        #expect(screen.contains("1 снова: 1 · 2 трудно: 0 · 3 хорошо: 2 · 4 легко: 0"))
        #expect(screen.contains("Время: 1 мин 35 с"))
        state.apply(.dismiss)
        #expect(state.study.session == nil)
        #expect(state.mode == .browsing)
    }

    @Test func theSummaryTellsWhatFallsDueNext() {
        let scheduler = Scheduler.standard
        let learning = scheduler.review(.new, .good, at: FakeClock.wall(seconds: 0))  // due in 10 minutes
        var state = state(cards: [chapter.questions[0].id: learning])
        press("r", in: &state)
        state.apply(.endRecall)
        #expect(state.screenText.contains("следующий через 10 мин"))
        #expect(state.screenText.contains("за сутки: 1"))
    }

    @Test func theLastGradeEndsTheSession() {
        var state = state()
        state.apply(.startRecall(.library))
        let count = TestLibrary.bundled.allQuestions.count
        for _ in 0..<count { press(" 3", in: &state) }
        #expect(state.study.session?.isOver == true)
        #expect(state.study.session?.grades.count == count)
    }

    @Test func theChooserPicksTheScope() {
        let scheduler = Scheduler.standard
        let questions = chapter.questions
        let due = scheduler.review(.new, .again, at: FakeClock.wall(seconds: -3600))  // due after a minute
        let known = scheduler.review(.new, .easy, at: FakeClock.wall(seconds: -60))
        var state = state(cards: [questions[2].id: due, questions[5].id: known])
        press("R", in: &state)
        #expect(state.overlay == .recallScopes(selected: 0))
        #expect(state.screenText.contains("Пора повторить"))
        press("j", in: &state)
        state.apply(.openSelected)
        #expect(state.study.session?.scope == .due)
        #expect(state.study.session?.queue == [questions[2].id])

        state.apply(.endRecall, .endRecall, .startRecall(.new))
        #expect(state.study.session?.queue == TestLibrary.bundled.allQuestions.map(\.id).filter { $0 != questions[2].id && $0 != questions[5].id })
        state.apply(.endRecall, .endRecall, .startRecall(.weakest))
        #expect(Set(state.study.session?.queue ?? []) == [questions[2].id, questions[5].id])
    }

    @Test func theSearchResultsAreAScope() {
        var state = state()
        state.apply(.startSearch)
        state.type("semaphore")
        state.apply(.submitSearch)
        let hits = state.search?.hits?.map(\.questionID) ?? []
        #expect(!hits.isEmpty)
        state.apply(.startRecall(.searchResults))
        #expect(state.study.session?.queue == hits)
    }

    @Test func aScopeAskedForBeforeTheLogIsReadStartsWhenItIs() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(FakeClock.tick(seconds: 0), .startRecall(.new))
        #expect(state.study.session == nil)
        #expect(state.study.pendingScope == .new)
        state.apply(.cardsLoaded([:]))
        #expect(state.study.session?.scope == .new)
    }

    @Test func anEmptyScopeSaysSoAndStaysInTheBrowser() {
        var state = state()
        state.apply(.startRecall(.due))
        #expect(state.study.session == nil)
        #expect(state.message?.contains("Нечего повторять") == true)
    }

    @Test func theRecordedCardUpdatesTheMarks() {
        var state = state()
        let first = chapter.questions[0].id
        #expect(state.study.bucket(of: first, at: state.wallNow) == .new)
        let card = Scheduler.standard.review(.new, .easy, at: FakeClock.wall(seconds: 0))
        state.apply(.reviewRecorded(id: first, card: card))
        #expect(state.study.bucket(of: first, at: state.wallNow) == .known)
    }

    @Test func theListMarksEachQuestionAndTheHeaderCounts() {
        let scheduler = Scheduler.standard
        let questions = chapter.questions
        let cards: [QuestionID: Card] = [
            questions[0].id: scheduler.review(.new, .easy, at: FakeClock.wall(seconds: -60)),       // known
            questions[1].id: scheduler.review(.new, .again, at: FakeClock.wall(seconds: -3600)),    // due
            questions[2].id: scheduler.review(.new, .good, at: FakeClock.wall(seconds: -60)),       // learning
        ]
        let state = state(cards: cards, width: 200, height: 40)
        let lines = state.screenLines
        // The list's column only: the answer pane beside it has words of its own.
        let list = lines.map { String($0.prefix(state.layout.list.width)) }
        // A question's first row starts with its number.
        func row(_ question: Question) -> String {
            list.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(question.number) ") } ?? ""
        }
        #expect(row(questions[0]).contains("✓ "))
        #expect(row(questions[1]).contains("! "))
        #expect(row(questions[2]).contains("~ "))
        #expect(row(questions[3]).contains("· "))
        #expect(state.screenText.contains("знаю 1/\(questions.count) · к повтору 1"))
    }
}

@Suite struct RecallLoadingTests {
    @Test func aLogThatWasBusyIsReadWhenTheDatabaseFreesUp() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.notes.isLoaded = false
        state.apply(.notesUnavailable("locked", canRetry: true), .cardsUnavailable("locked"))
        #expect(update(&state, .notesLoaded(texts: [:], revisions: [:], position: nil)).contains(.loadCards))
        state.apply(.cardsLoaded([:]))
        #expect(state.study.isLoaded)
        #expect(state.study.unavailable == nil)
    }
}
