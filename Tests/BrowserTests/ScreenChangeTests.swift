import Chapter
import Screen
import Study
import Testing
@testable import Browser

/// `updateReportingChange` lets the runtime skip rendering: it must say "unchanged" only when
/// the frame would be the same.
@Suite struct ScreenChangeTests {
    /// The browser at its first question once the reading position is saved (until then each
    /// action plans or makes that save: a change of the state, though not of the screen).
    static func browsing() -> AppState {
        var state = TestLibrary.state(width: 200, height: 60)
        state.apply(FakeClock.tick(seconds: 0), .moveUp(1), FakeClock.tick(seconds: 2))
        return state
    }

    @Test func aKeyThatChangesNothingSaysSoAndTheFrameStaysTheSame() {
        var state = Self.browsing()
        let frame = render(state)
        let up = updateReportingChange(&state, .moveUp(1))  // already at the top
        #expect(!up.changesScreen)
        #expect(render(state) == frame)
        let down = updateReportingChange(&state, .moveDown(1))
        #expect(down.changesScreen)
        #expect(state.selectedRow == 1)
        #expect(render(state) != frame)
    }

    /// The runtime compares once a turn: a tick and a key together.
    @Test func aTurnIsComparedOnceForAllItsActions() {
        var state = Self.browsing()
        let idle = ScreenBaseline(state)
        update(&state, FakeClock.tick(seconds: 30))
        update(&state, .moveUp(1))
        let idleChanges = idle.changesScreen(state)
        #expect(!idleChanges)
        let down = ScreenBaseline(state)
        update(&state, FakeClock.tick(seconds: 32))
        update(&state, .moveDown(1))
        let downChanges = down.changesScreen(state)
        #expect(downChanges)
        #expect(state.selectedRow == 1)
    }

    @Test func timeAloneChangesNothingWhileNoViewShowsIt() {
        var state = Self.browsing()
        let frame = render(state)
        let tick = updateReportingChange(&state, FakeClock.tick(seconds: 30))
        #expect(!tick.changesScreen)
        #expect(render(state) == frame)
    }

    @Test func theNextLookAtTheNotesDatabaseChangesNothingOnScreen() {
        var state = Self.browsing()
        state.notes.isLoaded = true
        state.notes.dataVersion = 1
        state.savedPlace = state.readingPlace
        let frame = render(state)
        let planned = updateReportingChange(&state, FakeClock.tick(seconds: 3))
        #expect(state.notes.checkDue != nil)
        #expect(!planned.changesScreen)
        let looked = updateReportingChange(&state, FakeClock.tick(seconds: 6))
        #expect(looked.effects.contains(.checkNotesChanged(known: 1)))
        #expect(!looked.changesScreen)
        #expect(render(state) == frame)
        // A change the reader makes still shows.
        #expect(updateReportingChange(&state, .moveDown(1)).changesScreen)
    }

    @Test func aCardFallingDueOnScreenChangesIt() throws {
        var state = Self.browsing()
        let question = try #require(state.questions.first)
        state.study.isLoaded = true
        state.study.cards[question.id] = Card(state: .review, step: nil, memory: Card.Memory(stability: 3, difficulty: 5),
                                              due: FakeClock.wall(seconds: 60), lastReview: FakeClock.wall(seconds: -86_400),
                                              reviewCount: 1, lapses: 0)
        let frame = render(state)
        #expect(!updateReportingChange(&state, FakeClock.tick(seconds: 30)).changesScreen)
        let due = updateReportingChange(&state, FakeClock.tick(seconds: 90))
        #expect(due.changesScreen)
        #expect(render(state) != frame)
    }

    @Test func aRecallSessionsClockCountsEveryTick() {
        var state = Self.browsing()
        state.study.session = RecallSession(scope: .chapter, queue: state.questions.map(\.id), startedAt: state.now)
        #expect(updateReportingChange(&state, FakeClock.tick(seconds: 5)).changesScreen)
    }
}
