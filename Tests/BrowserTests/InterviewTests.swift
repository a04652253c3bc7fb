import Chapter
import Screen
import Study
import Testing
@testable import Browser

/// The mock interview: random questions, the title alone, a clock that stops at the
/// answer, the follow-ups after it, grades into the log, a summary with the times.
@Suite struct InterviewTests {
    let library = TestLibrary.bundled

    func state(plan: InterviewPlan) -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        state.study.interviewPlan = plan
        state.apply(FakeClock.tick(seconds: 0), .cardsLoaded([:]))
        return state
    }

    @Test func thePlanDrawsDistinctQuestionsFixedByItsSeed() {
        let plan = InterviewPlan(questionCount: 4)
        let first = plan.questions(of: library, seed: 42)
        #expect(first.count == 4 && Set(first).count == 4)
        #expect(plan.questions(of: library, seed: 42) == first)
        let others = (1...20).map { plan.questions(of: library, seed: UInt64($0)) }
        #expect(others.contains { $0 != first }, "the seed changes the draw")
        #expect(InterviewPlan(questionCount: 50).questions(of: library, seed: 1).count == library.allQuestions.count)
        #expect(InterviewPlan(chapterIDs: ["nope"]).questions(of: library, seed: 1).isEmpty)
    }

    @Test func aQuestionShowsAloneThenTheWholeAnswerAndItsFollowUps() throws {
        var state = state(plan: InterviewPlan(questionCount: 2))
        state.apply(.startRecall(.interview))
        let session = try #require(state.study.session)
        #expect(session.queue.count == 2 && session.interview != nil)
        let question = try #require(library.question(session.queue[0]))
        var screen = state.screenText
        #expect(screen.contains("Собеседование"))
        #expect(screen.contains(question.title))
        #expect(!screen.contains("Зачем спрашивают"), "an interviewer does not say why they ask")
        state.apply(.revealAnswer)
        #expect(state.study.session?.stage == .fullAnswer)
        let card = state.study.renderedCard.plainLines.joined(separator: "\n")
        let followUps = question.interview?.followUps.map(\.plainText) ?? []
        #expect(!followUps.isEmpty)
        #expect(card.contains("Интервьюер спросит дальше"))
        for followUp in followUps { #expect(card.contains(String(followUp.prefix(20)))) }
        screen = state.screenText
        #expect(screen.contains("Короткий ответ"))
    }

    @Test func theClockRunsUntilTheAnswerAndSaysWhenTimeIsUp() throws {
        var state = state(plan: InterviewPlan(questionCount: 2, secondsPerQuestion: 60))
        state.apply(.startRecall(.interview))
        let effects = update(&state, FakeClock.tick(seconds: 5))
        #expect(effects.contains(.wake(at: .start + .seconds(6))), "the clock shows each second")
        #expect(state.screenLines[0].contains("0:05 из 1:00"))
        state.apply(FakeClock.tick(seconds: 61))
        #expect(state.screenLines[0].contains("время вышло"))
        state.apply(.revealAnswer, FakeClock.tick(seconds: 90))
        #expect(state.screenLines[0].contains("1:01 из 1:00"), "the clock stopped at the answer")
        #expect(!update(&state, FakeClock.tick(seconds: 91)).contains { if case .wake = $0 { true } else { false } })
        let grading = update(&state, .grade(.good))
        #expect(grading.contains { if case .recordReview(_, _, _, .good, _) = $0 { true } else { false } })
        #expect(state.study.session?.clock?.answerSeconds == [61])
        state.apply(FakeClock.tick(seconds: 100), .revealAnswer, .grade(.hard))
        #expect(state.study.session?.isOver == true)
        let summary = state.screenText
        #expect(summary.contains("Итоги собеседования"))
        #expect(summary.contains("В срок (1:00): 1 из 2"))
    }

    @Test func iStartsAnInterviewFromTheList() {
        var state = state(plan: InterviewPlan(questionCount: 3))
        let action = Keymap.action(for: .character("i"), in: state)
        #expect(action == .startRecall(.interview))
        state.apply(action!)
        #expect(state.study.session?.queue.count == 3)
    }
}
