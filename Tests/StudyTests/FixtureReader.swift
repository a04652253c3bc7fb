import Foundation
@testable import Study

/// One row of a `scheduling-*.tsv` fixture (see Fixtures/generate.py): a review and the
/// card the `fsrs` package made of it.
struct FixtureReview {
    var card: Int
    var time: Instant
    var rating: Rating
    var draw: Double?
    var state: CardState
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: Instant
    var probe: Instant
    var retrievability: Double
}

struct SchedulingFixture {
    var configuration: SchedulerConfiguration
    var fuzzing: Bool
    var reviews: [FixtureReview]

    /// The rows grouped by card, in file order.
    var cards: [[FixtureReview]] {
        var grouped: [[FixtureReview]] = []
        for review in reviews {
            if grouped.last?.first?.card == review.card {
                grouped[grouped.count - 1].append(review)
            } else {
                grouped.append([review])
            }
        }
        return grouped
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func load(_ name: String) throws -> SchedulingFixture {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n")
        guard lines.count > 2, lines[0].hasPrefix("# ") else { throw FixtureError("\(name): no settings line") }
        let settings = try JSONSerialization.jsonObject(with: Data(lines[0].dropFirst(2).utf8)) as? [String: Any] ?? [:]
        guard let parameters = settings["parameters"] as? [Double],
              let retention = settings["desired_retention"] as? Double,
              let learning = settings["learning_steps"] as? [Int],
              let relearning = settings["relearning_steps"] as? [Int],
              let maximum = settings["maximum_interval"] as? Int,
              let fuzzing = settings["enable_fuzzing"] as? Bool
        else { throw FixtureError("\(name): settings incomplete") }
        let configuration = SchedulerConfiguration(
            parameters: parameters, desiredRetention: retention,
            learningSteps: learning.map { .seconds(Int64($0)) }, relearningSteps: relearning.map { .seconds(Int64($0)) },
            maximumInterval: maximum)
        lines.removeFirst(2)
        let reviews = try lines.enumerated().map { index, line in
            let field = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard field.count == 11,
                  let card = Int(field[0]), let time = Int64(field[1]),
                  let rating = Int(field[2]).flatMap(Rating.init(rawValue:)),
                  let state = CardState(rawValue: field[4]),
                  let stability = Double(field[6]), let difficulty = Double(field[7]),
                  let due = Int64(field[8]), let probe = Int64(field[9]), let retrievability = Double(field[10])
            else { throw FixtureError("\(name):\(index + 3): malformed row") }
            return FixtureReview(
                card: card, time: Instant(millisecondsSince1970: time), rating: rating, draw: Double(field[3]),
                state: state, step: Int(field[5]), stability: stability, difficulty: difficulty,
                due: Instant(millisecondsSince1970: due), probe: Instant(millisecondsSince1970: probe),
                retrievability: retrievability)
        }
        return SchedulingFixture(configuration: configuration, fuzzing: fuzzing, reviews: reviews)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
