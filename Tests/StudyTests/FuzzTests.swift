import Foundation
import Testing
@testable import Study

@Suite struct FuzzTests {
    /// The package's fuzzed interval for each (maximum interval, days, draw) of
    /// Fixtures/fuzz-intervals.tsv.
    @Test func intervalsMatchThePackage() throws {
        let text = try String(contentsOf: SchedulingFixture.directory.appendingPathComponent("fuzz-intervals.tsv"),
                              encoding: .utf8)
        var rows = 0
        for line in text.split(separator: "\n").dropFirst() {
            let field = line.split(separator: "\t")
            let maximum = try #require(Int(field[0])), days = try #require(Int(field[1]))
            let draw = try #require(Double(field[2])), expected = try #require(Int(field[3]))
            #expect(Fuzz.interval(days: days, draw: draw, maximumInterval: maximum) == expected,
                    "\(days) days, draw \(draw), maximum \(maximum)")
            rows += 1
        }
        #expect(rows > 1000)
    }

    @Test func drawsAreDeterministicUniformAndDifferPerCardAndReview() {
        let seed = CardKey(chapterID: "04-asyncio", questionKey: "как работает event loop").fuzzSeed
        let other = CardKey(chapterID: "04-asyncio", questionKey: "что такое корутина").fuzzSeed
        let time = Instant(secondsSince1970: 1_795_000_000)
        #expect(seed.draw(at: time) == seed.draw(at: time))
        #expect(seed.draw(at: time) != other.draw(at: time))
        #expect(seed.draw(at: time) != seed.draw(at: time + .seconds(1)))
        let draws = (0..<20_000).map { seed.draw(at: time + .seconds(Int64($0) * 600)) }
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = draws.reduce(0, +) / Double(draws.count)
        #expect(abs(mean - 0.5) < 0.01)
        let lowTenth = draws.filter { $0 < 0.1 }.count
        #expect(abs(lowTenth - 2_000) < 200)
    }

    /// Fuzz moves a long review interval within the package's range, and a log replayed
    /// with fuzz lands on the same day every time.
    @Test func replayedFuzzStaysInRangeAndRepeats() {
        let scheduler = Scheduler.standard
        let key = CardKey(chapterID: "04-asyncio", questionKey: "gather и wait")
        var log: [Review] = []
        var time = Instant(secondsSince1970: 1_795_000_000)
        var fuzzedDays: Set<Int> = []
        for _ in 0..<8 {
            log.append(Review(rating: .good, time: time, fuzzed: true))
            let card = scheduler.card(replaying: log, seed: key.fuzzSeed)
            #expect(card == scheduler.card(replaying: log, seed: key.fuzzSeed))
            let due = card.due!
            // The same card and review without fuzz: this review's interval must fall in
            // the package's range around that one.
            let days = (due - time).wholeDays
            let unfuzzedDays = scheduler.review(scheduler.card(replaying: Array(log.dropLast()), seed: key.fuzzSeed),
                                                .good, at: time).due.map { ($0 - time).wholeDays }!
            if unfuzzedDays >= 3 {
                let range = Fuzz.range(days: unfuzzedDays, maximumInterval: 36500)
                #expect((range.minimum...range.maximum + 1).contains(days))
                fuzzedDays.insert(days - unfuzzedDays)
            }
            time = due
        }
        #expect(fuzzedDays.count > 1, "fuzz never moved an interval")
    }
}
