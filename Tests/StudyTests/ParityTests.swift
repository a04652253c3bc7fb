import Foundation
import Testing
@testable import Study

/// Agreement with the `fsrs` package 6.3.2 on every review of the fixtures (written by
/// Fixtures/generate.py): state, step and due exactly, stability, difficulty and
/// retrievability within 1e-4.
@Suite struct ParityTests {
    static let tolerance = 1e-4

    @Test(arguments: ["scheduling-default.tsv", "scheduling-custom.tsv", "scheduling-single-step.tsv", "scheduling-fuzzed.tsv"])
    func everyReviewMatchesThePackage(fixtureName: String) throws {
        let fixture = try SchedulingFixture.load(fixtureName)
        let scheduler = try #require(Scheduler(fixture.configuration))
        #expect(fixture.cards.count >= 40)
        var compared = 0
        for reviews in fixture.cards {
            var card = Card.new
            for expected in reviews {
                card = scheduler.review(card, expected.rating, at: expected.time,
                                        fuzzDraw: fixture.fuzzing ? expected.draw : nil)
                let place = "\(fixtureName) card \(expected.card) review at \(expected.time)"
                #expect(card.state == expected.state, "\(place)")
                #expect(card.step == expected.step, "\(place)")
                #expect(abs((card.memory?.stability ?? .nan) - expected.stability) <= Self.tolerance, "\(place)")
                #expect(abs((card.memory?.difficulty ?? .nan) - expected.difficulty) <= Self.tolerance, "\(place)")
                #expect(card.due == expected.due, "\(place)")
                #expect(abs(scheduler.retrievability(of: card, at: expected.probe) - expected.retrievability) <= Self.tolerance,
                        "\(place)")
                compared += 1
            }
        }
        #expect(compared == fixture.reviews.count)
    }

    /// Replaying a card's log gives the card the reviews built one at a time.
    @Test func replayingTheLogGivesTheSameCards() throws {
        let fixture = try SchedulingFixture.load("scheduling-default.tsv")
        let scheduler = try #require(Scheduler(fixture.configuration))
        for reviews in fixture.cards {
            let log = reviews.map { Review(rating: $0.rating, time: $0.time, fuzzed: false) }
            let card = scheduler.card(replaying: log.shuffled(), seed: FuzzSeed(0))
            let last = try #require(reviews.last)
            #expect(card.state == last.state)
            #expect(card.due == last.due)
            #expect(abs((card.memory?.stability ?? .nan) - last.stability) <= Self.tolerance)
            #expect(card.reviewCount == reviews.count)
        }
    }

    /// The fixtures reach every branch the parity is meant to cover.
    @Test func theFixturesCoverEveryBranch() throws {
        let fixture = try SchedulingFixture.load("scheduling-default.tsv")
        let states = Set(fixture.reviews.map(\.state))
        #expect(states == [.learning, .review, .relearning])
        var sameDay = 0, sameDayInReview = 0, lapses = 0, longGaps = 0
        for reviews in fixture.cards {
            for (previous, review) in zip(reviews, reviews.dropFirst()) {
                let days = (review.time - previous.time).wholeDays
                if days < 1 { sameDay += 1 }
                if days < 1 && previous.state == .review { sameDayInReview += 1 }
                if days >= 365 { longGaps += 1 }
                if previous.state == .review && review.rating == .again { lapses += 1 }
            }
        }
        #expect(sameDay > 300)
        #expect(sameDayInReview > 50)
        #expect(lapses > 100)
        #expect(longGaps > 30)
    }
}
