import Chapter

/// A mock interview's rules (`sobes interview`, `i`): how many questions, picked at random
/// from which chapters, and how long each answer may take before the clock says so.
public struct InterviewPlan: Equatable, Sendable {
    public var questionCount: Int
    public var secondsPerQuestion: Int
    /// The chapters to pick from; empty: the whole library.
    public var chapterIDs: [String]

    public init(questionCount: Int = 5, secondsPerQuestion: Int = 180, chapterIDs: [String] = []) {
        self.questionCount = max(questionCount, 1)
        self.secondsPerQuestion = max(secondsPerQuestion, 10)
        self.chapterIDs = chapterIDs
    }

    /// `count` questions drawn without repeats, in an order fixed by `seed` (the session
    /// start's wall time): `update` stays a function of its input.
    func questions(of library: Library, seed: UInt64) -> [QuestionID] {
        let chapters = chapterIDs.isEmpty ? library.chapters : library.chapters.filter { chapterIDs.contains($0.id) }
        var pool = chapters.flatMap(\.questions).map(\.id)
        var generator = SplitMix64(seed: seed)
        pool.shuffle(using: &generator)
        return Array(pool.prefix(questionCount))
    }
}

/// The interview's clock for the question being asked: it runs until the answer is shown.
public struct InterviewClock: Equatable, Sendable {
    public var questionStartedAt: Moment
    /// When the reader asked for the answer: the clock stops there.
    public var answeredAt: Moment?
    /// How long each answered question took, in seconds, in order.
    public var answerSeconds: [Int64] = []

    public init(questionStartedAt: Moment) {
        self.questionStartedAt = questionStartedAt
    }

    public func elapsedSeconds(at now: Moment) -> Int64 {
        max(((answeredAt ?? now) - questionStartedAt).components.seconds, 0)
    }
}

extension RecallSession {
    /// True when a mock interview's question has run past its time, answer not yet shown.
    public func isOverTime(at now: Moment) -> Bool {
        guard let clock, let interview, clock.answeredAt == nil else { return false }
        return clock.elapsedSeconds(at: now) > Int64(interview.secondsPerQuestion)
    }

    /// When the interview's clock next shows another second, while it runs.
    func nextClockTick(after now: Moment) -> Moment? {
        guard let clock, clock.answeredAt == nil, !isOver else { return nil }
        return clock.questionStartedAt + .seconds(clock.elapsedSeconds(at: now) + 1)
    }
}

/// A small seeded generator (Steele, Lea and Flood's SplitMix64): the same seed, the same
/// interview; the system generator cannot be seeded.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
