import Testing
@testable import Study

/// Behaviour the parity fixtures take for granted, stated on its own.
@Suite struct SchedulerTests {
    let start = Instant(secondsSince1970: 1_795_000_000)

    @Test func aNewCardStartsWithTheInitialStabilityOfItsGrade() {
        let scheduler = Scheduler.standard
        for rating in Rating.allCases {
            let card = scheduler.review(.new, rating, at: start)
            #expect(card.memory?.stability == SchedulerConfiguration.defaultParameters[rating.rawValue - 1])
            #expect(card.reviewCount == 1)
            #expect(card.lastReview == start)
        }
        let again = scheduler.review(.new, .again, at: start)
        #expect(again.state == .learning && again.step == 0 && again.due == start + .minutes(1))
        let hard = scheduler.review(.new, .hard, at: start)
        #expect(hard.state == .learning && hard.step == 0 && hard.due == start + .seconds(330))
        let good = scheduler.review(.new, .good, at: start)
        #expect(good.state == .learning && good.step == 1 && good.due == start + .minutes(10))
        let easy = scheduler.review(.new, .easy, at: start)
        #expect(easy.state == .review && easy.step == nil && (easy.due! - start).wholeDays >= 1)
    }

    @Test func aLapseGoesToRelearningAndCounts() {
        let scheduler = Scheduler.standard
        var card = scheduler.review(.new, .easy, at: start)
        card = scheduler.review(card, .again, at: card.due!)
        #expect(card.state == .relearning && card.step == 0 && card.lapses == 1)
        #expect(card.due == card.lastReview! + .minutes(10))
        card = scheduler.review(card, .good, at: card.due!)
        #expect(card.state == .review && card.step == nil)
    }

    @Test func retrievabilityCountsWholeDaysAndIsZeroForANewCard() {
        let scheduler = Scheduler.standard
        #expect(scheduler.retrievability(of: .new, at: start) == 0)
        let card = scheduler.review(.new, .good, at: start)
        #expect(scheduler.retrievability(of: card, at: start + .seconds(86_399)) == 1)
        let oneDay = scheduler.retrievability(of: card, at: start + .days(1))
        #expect(oneDay < 1 && oneDay > 0.9)
        #expect(scheduler.retrievability(of: card, at: start + .days(30)) < oneDay)
    }

    @Test func intervalsStopAtTheMaximum() throws {
        let scheduler = try #require(Scheduler(SchedulerConfiguration(maximumInterval: 30)))
        var card = Card.new
        var time = start
        for _ in 0..<12 {
            card = scheduler.review(card, .easy, at: time)
            #expect((card.due! - time).wholeDays <= 30)
            time = card.due!
        }
        #expect((card.due! - card.lastReview!).wholeDays == 30)
    }

    @Test func outOfBoundsSettingsAreRefused() {
        var parameters = SchedulerConfiguration.defaultParameters
        parameters[20] = 0.9
        #expect(Scheduler(SchedulerConfiguration(parameters: parameters)) == nil)
        #expect(SchedulerConfiguration(parameters: parameters).problem?.contains("parameters[20]") == true)
        #expect(SchedulerConfiguration(parameters: Array(parameters.prefix(19))).problem != nil)
        #expect(SchedulerConfiguration(desiredRetention: 1.0).problem != nil)
        #expect(SchedulerConfiguration(maximumInterval: 0).problem != nil)
        #expect(SchedulerConfiguration(learningSteps: [.seconds(0)]).problem != nil)
        #expect(SchedulerConfiguration().problem == nil)
    }

    @Test func wholeDaysRoundDownLikePython() {
        #expect(TimeSpan(milliseconds: 86_399_999).wholeDays == 0)
        #expect(TimeSpan(milliseconds: 86_400_000).wholeDays == 1)
        #expect(TimeSpan(milliseconds: -1).wholeDays == -1)
        #expect(TimeSpan(milliseconds: -86_400_000).wholeDays == -1)
        #expect(TimeSpan(milliseconds: -86_400_001).wholeDays == -2)
    }

    @Test func cardsOfALogAreFoldedPerKey() {
        let scheduler = Scheduler.standard
        let first = CardKey(chapterID: "04-asyncio", questionKey: "a")
        let second = CardKey(chapterID: "05-db", questionKey: "a")
        let log: [(key: CardKey, review: Review)] = [
            (first, Review(rating: .good, time: start, fuzzed: false)),
            (second, Review(rating: .again, time: start, fuzzed: false)),
            (first, Review(rating: .good, time: start + .minutes(10), fuzzed: false)),
        ]
        let cards = scheduler.cards(replaying: log)
        #expect(cards.count == 2)
        #expect(cards[first]?.state == .review && cards[first]?.reviewCount == 2)
        #expect(cards[second]?.state == .learning && cards[second]?.reviewCount == 1)
    }

    /// Keys compare by their bytes: a dictionary finds a key built from other String
    /// instances, and tells keys apart that differ in one byte or in where the split is.
    @Test func cardKeysCompareAndHashByTheirBytes() {
        let key = CardKey(chapterID: "04-asyncio", questionKey: "что такое " + "корутина")
        var cards: [CardKey: Int] = [key: 1]
        #expect(cards[CardKey(chapterID: String("04-asyncio".reversed().reversed()), questionKey: "что такое корутина")] == 1)
        cards[CardKey(chapterID: "04-asyncio", questionKey: "что такое корутины")] = 2
        cards[CardKey(chapterID: "04-asynci", questionKey: "oчто такое корутина")] = 3
        #expect(cards.count == 3)
        #expect(key != CardKey(chapterID: "04-asyncio", questionKey: ""))
    }

    @Test func progressPutsEachQuestionInOneBucket() {
        let scheduler = Scheduler.standard
        let learning = scheduler.review(.new, .good, at: start)
        let known = scheduler.review(.new, .easy, at: start)
        let now = start + .minutes(5)
        let progress = StudyProgress(cards: [nil, .new, learning, known, scheduler.review(.new, .again, at: start)], at: now)
        #expect(progress == StudyProgress(new: 2, learning: 1, due: 1, known: 1))
        #expect(progress.total == 5)
        #expect(StudyProgress.Bucket(known, at: known.due!) == .due)
    }

    @Test func ratingNamesRoundTrip() {
        for rating in Rating.allCases { #expect(Rating(name: rating.name) == rating) }
        #expect(Rating(name: "Good") == nil)
    }
}
