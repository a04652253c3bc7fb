import Testing
@testable import Study

@Suite struct StudyStatisticsTests {
    // 2026-12-01T12:00:00Z, a Tuesday.
    let noon = Instant(secondsSince1970: 1_796_126_400)
    let hour: Int64 = 3_600

    func card(dueIn seconds: Int64, state: CardState = .review) -> Card {
        Card(state: state, step: nil, memory: .init(stability: 1, difficulty: 5), due: noon + .seconds(seconds),
             lastReview: noon, reviewCount: 1, lapses: 0)
    }

    @Test func theForecastCountsLocalDaysAndPutsTheOverdueToday() {
        let cards = [card(dueIn: -30 * 24 * hour), card(dueIn: 0), card(dueIn: 11 * hour + 59 * 60),
                     card(dueIn: 12 * hour), card(dueIn: 3 * 24 * hour), card(dueIn: 40 * 24 * hour), .new]
        #expect(StudyStatistics.dueForecast(cards, from: noon, days: 5, utcOffsetSeconds: 0) == [3, 1, 0, 1, 0])
        // Three hours east, 23:59 UTC is already tomorrow.
        #expect(StudyStatistics.dueForecast(cards, from: noon, days: 5, utcOffsetSeconds: 3 * 3_600) == [2, 2, 0, 1, 0])
        #expect(StudyStatistics.dueForecast(cards, from: noon, days: 0, utcOffsetSeconds: 0) == [])
    }

    @Test func daysBefore1970CountDown() {
        #expect(StudyStatistics.day(of: Instant(millisecondsSince1970: -1), utcOffsetSeconds: 0) == -1)
        #expect(StudyStatistics.day(of: Instant(millisecondsSince1970: 0), utcOffsetSeconds: 0) == 0)
        #expect(StudyStatistics.mondayOnOrBefore(0) == -3)  // 1970-01-01 was a Thursday
    }

    @Test func retentionCountsReviewsOfLearnedCardsPerWeekFromMonday() {
        let day: Int64 = 24 * hour
        let grades: [StudyStatistics.LoggedGrade] = [
            .init(time: noon + .seconds(-1 * day), stateBefore: .review, rating: .good),   // Monday of this week
            .init(time: noon + .seconds(-2 * day), stateBefore: .review, rating: .again),  // Sunday: last week
            .init(time: noon + .seconds(-3 * day), stateBefore: .review, rating: .hard),
            .init(time: noon + .seconds(-3 * day), stateBefore: .learning, rating: .again), // not learned yet
            .init(time: noon + .seconds(-60 * day), stateBefore: .review, rating: .again),  // out of range
        ]
        let weeks = StudyStatistics.retention(grades, weeks: 3, endingAt: noon, utcOffsetSeconds: 0)
        #expect(weeks.map(\.reviews) == [0, 2, 1])
        #expect(weeks.map(\.recalled) == [0, 1, 1])
        #expect(weeks[0].retention == nil && weeks[1].retention == 0.5 && weeks[2].retention == 1)
        #expect(weeks[2].firstDay == StudyStatistics.day(of: noon, utcOffsetSeconds: 0) - 1)
    }
}
