import Chapter
import Study
import Testing
@testable import Browser

@Suite struct StatsViewTests {
    @Test func sShowsTheForecastAndEachChaptersProgress() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        let questions = TestLibrary.bundled.chapters[0].questions
        let now = FakeClock.wall(seconds: 0)
        func card(dueInDays days: Int) -> Card {
            Card(state: .review, step: nil, memory: .init(stability: 5, difficulty: 5), due: now + .days(days),
                 lastReview: now, reviewCount: 2, lapses: 0)
        }
        state.apply(FakeClock.tick(seconds: 0),
                    .cardsLoaded([questions[0].id: card(dueInDays: -2), questions[1].id: card(dueInDays: 3), questions[2].id: card(dueInDays: 60)]))
        #expect(Keymap.action(for: .character("S"), in: state) == .openStats)
        state.apply(.openStats)
        let screen = state.screenText
        #expect(screen.contains("Статистика"))
        #expect(screen.contains("К повтору за 30 дней: 2 (сегодня 1)"))
        #expect(screen.contains("04-asyncio  2/10 · 0 · 1 · 7"))
        state.apply(.dismiss)
        #expect(state.overlay == nil)
    }
}
