import Chapter
import Search
import Study
import Testing
@testable import Browser

/// The follow-up drill: after an answer, `f` asks next the questions its follow-ups lead to.
@Suite struct RecallFollowUpTests {
    let chapter = TestLibrary.bundled.chapters[0]

    func state() -> AppState {
        var state = TestLibrary.state(width: 120, height: 40)
        let first = chapter.questions[0].id, eighth = chapter.questions[7].id, tenth = chapter.questions[9].id
        state.apply(FakeClock.tick(seconds: 0), .cardsLoaded([:]),
                    .followUpsLinked([FollowUpLink(source: first, index: 1, target: eighth),
                                      FollowUpLink(source: first, index: 0, target: tenth)]))
        return state
    }

    @Test func fAsksTheLinkedQuestionsNextAndLabelsThem() throws {
        var state = state()
        state.apply(.startRecall(.chapter))
        #expect(Keymap.action(for: .character("f"), in: state) == .drillFollowUps)
        state.apply(.drillFollowUps)
        #expect(state.study.session?.queue[1] == chapter.questions[1].id, "nothing moves before the answer is shown")
        state.apply(.revealAnswer)
        #expect(state.study.renderedCard.plainLines.contains { $0.contains("f — уточняющие вопросы (2)") })
        state.apply(.drillFollowUps)
        let session = try #require(state.study.session)
        // In the order of the follow-up list; each asked once.
        #expect(Array(session.queue.prefix(3)) == [chapter.questions[0].id, chapter.questions[9].id, chapter.questions[7].id])
        #expect(session.queue.count == chapter.questions.count)
        state.apply(.grade(.good))
        #expect(state.screenLines[0].contains("уточняющий к 04/1"))
        #expect(state.screenText.contains(chapter.questions[9].title))
    }

    @Test func withoutLinksFSaysSo() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(FakeClock.tick(seconds: 0), .cardsLoaded([:]), .startRecall(.chapter), .revealAnswer, .drillFollowUps)
        #expect(state.message?.contains("нет уточняющих") == true)
        #expect(state.study.session?.queue == chapter.questions.map(\.id))
    }
}
