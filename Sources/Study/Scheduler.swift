/// FSRS-6 as the `fsrs` package 6.3.2 schedules: one review in, the next card out.
public struct Scheduler: Sendable {
    public let configuration: SchedulerConfiguration
    private let model: MemoryModel

    /// Returns nil when the configuration is out of bounds (`configuration.problem` says why).
    public init?(_ configuration: SchedulerConfiguration = SchedulerConfiguration()) {
        guard configuration.problem == nil else { return nil }
        self.configuration = configuration
        self.model = MemoryModel(configuration)
    }

    /// The default scheduler (retention 0.9, steps 1 and 10 minutes, relearning 10 minutes).
    public static let standard = Scheduler()!

    /// The probability that the card is recalled at `time`, counting whole days since its
    /// last review (0 for a card never reviewed).
    public func retrievability(of card: Card, at time: Instant) -> Double {
        guard let memory = card.memory, let last = card.lastReview else { return 0 }
        return model.retrievability(stability: memory.stability, elapsedDays: (time - last).wholeDays)
    }

    /// The card after a review graded `rating` at `time`. `fuzzDraw`, a uniform number in
    /// [0, 1), fuzzes an interval in days; nil leaves it exact.
    public func review(_ card: Card, _ rating: Rating, at time: Instant, fuzzDraw: Double? = nil) -> Card {
        var next = card
        let sameDay = card.lastReview.map { (time - $0).wholeDays < 1 } ?? false
        let memory: Card.Memory
        if let old = card.memory {
            let stability = sameDay
                ? model.shortTermStability(old.stability, rating)
                : model.nextStability(difficulty: old.difficulty, stability: old.stability,
                                      retrievability: retrievability(of: card, at: time), rating: rating)
            memory = Card.Memory(stability: stability, difficulty: model.nextDifficulty(old.difficulty, rating))
        } else {
            memory = Card.Memory(stability: model.initialStability(rating), difficulty: model.initialDifficulty(rating))
        }
        next.memory = memory

        let interval: TimeSpan
        switch card.state {
        case .new, .learning:
            (next.state, next.step, interval) = stepping(
                step: card.step ?? 0, rating, steps: configuration.learningSteps, stepState: .learning, memory)
        case .relearning:
            (next.state, next.step, interval) = stepping(
                step: card.step ?? 0, rating, steps: configuration.relearningSteps, stepState: .relearning, memory)
        case .review:
            if rating == .again, !configuration.relearningSteps.isEmpty {
                (next.state, next.step, interval) = (.relearning, 0, configuration.relearningSteps[0])
            } else {
                (next.state, next.step, interval) = (.review, nil, .days(model.intervalDays(stability: memory.stability)))
            }
            if rating == .again { next.lapses += 1 }
        }

        var scheduled = interval
        if next.state == .review, let fuzzDraw {
            scheduled = .days(Fuzz.interval(days: interval.wholeDays, draw: fuzzDraw,
                                            maximumInterval: configuration.maximumInterval))
        }
        next.due = time + scheduled
        next.lastReview = time
        next.reviewCount += 1
        return next
    }

    /// The learning (or relearning) steps: Again restarts them, Hard repeats the step
    /// (the first one lasts halfway to the second, or 1.5 times itself when alone), Good
    /// moves on and graduates after the last, Easy graduates at once.
    private func stepping(step: Int, _ rating: Rating, steps: [TimeSpan], stepState: CardState,
                          _ memory: Card.Memory) -> (CardState, Int?, TimeSpan) {
        let graduated: (CardState, Int?, TimeSpan) = (.review, nil, .days(model.intervalDays(stability: memory.stability)))
        // A card whose step is past the steps (they were shortened since) graduates too.
        if steps.isEmpty || (step >= steps.count && rating != .again) { return graduated }
        switch rating {
        case .again:
            return (stepState, 0, steps[0])
        case .hard:
            if step == 0 && steps.count == 1 {
                return (stepState, step, TimeSpan(milliseconds: steps[0].milliseconds * 3 / 2))
            }
            if step == 0 {
                return (stepState, step, TimeSpan(milliseconds: (steps[0].milliseconds + steps[1].milliseconds) / 2))
            }
            return (stepState, step, steps[step])
        case .good:
            return step + 1 == steps.count ? graduated : (stepState, step + 1, steps[step + 1])
        case .easy:
            return graduated
        }
    }
}
