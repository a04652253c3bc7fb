/// Figures over time for `sobes stats`: how many cards fall due each coming day, and how
/// often a learned answer was recalled, week by week (Anki's "true retention"). Days are
/// local days: `utcOffsetSeconds` is the reader's time zone at the moment asked about.
public enum StudyStatistics {
    /// The local day a moment falls on, counted from 1970-01-01.
    public static func day(of time: Instant, utcOffsetSeconds: Int) -> Int {
        let milliseconds = time.millisecondsSince1970 + Int64(utcOffsetSeconds) * 1000
        let (quotient, remainder) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        return Int(remainder < 0 ? quotient - 1 : quotient)
    }

    /// Cards due on each of `days` days starting with `time`'s; the first day also counts
    /// every card already overdue. New cards have no schedule and do not count.
    public static func dueForecast(_ cards: some Sequence<Card>, from time: Instant, days: Int,
                                   utcOffsetSeconds: Int) -> [Int] {
        var counts = Array(repeating: 0, count: max(days, 0))
        guard !counts.isEmpty else { return counts }
        let today = day(of: time, utcOffsetSeconds: utcOffsetSeconds)
        for card in cards {
            guard card.state != .new, let due = card.due else { continue }
            let offset = max(day(of: due, utcOffsetSeconds: utcOffsetSeconds) - today, 0)
            if offset < counts.count { counts[offset] += 1 }
        }
        return counts
    }

    /// One week's recall of learned answers: reviews of cards in review, and how many of
    /// them were not forgotten (any grade but again).
    public struct RetentionWeek: Equatable, Sendable {
        /// The local day the week starts on (a Monday), counted from 1970-01-01.
        public var firstDay: Int
        public var reviews = 0
        public var recalled = 0

        public init(firstDay: Int, reviews: Int = 0, recalled: Int = 0) {
            self.firstDay = firstDay
            self.reviews = reviews
            self.recalled = recalled
        }

        /// The share recalled, or nil for a week without such reviews.
        public var retention: Double? { reviews > 0 ? Double(recalled) / Double(reviews) : nil }
    }

    /// A graded review as the log records it: the card's state before it, and the grade.
    public struct LoggedGrade: Sendable {
        public var time: Instant
        public var stateBefore: CardState
        public var rating: Rating

        public init(time: Instant, stateBefore: CardState, rating: Rating) {
            self.time = time
            self.stateBefore = stateBefore
            self.rating = rating
        }
    }

    /// The `weeks` weeks (Monday to Sunday) ending with `time`'s, oldest first.
    public static func retention(_ grades: some Sequence<LoggedGrade>, weeks: Int, endingAt time: Instant,
                                 utcOffsetSeconds: Int) -> [RetentionWeek] {
        guard weeks > 0 else { return [] }
        let thisWeek = mondayOnOrBefore(day(of: time, utcOffsetSeconds: utcOffsetSeconds))
        let first = thisWeek - 7 * (weeks - 1)
        var result = (0..<weeks).map { RetentionWeek(firstDay: first + 7 * $0) }
        for grade in grades where grade.stateBefore == .review {
            let index = (day(of: grade.time, utcOffsetSeconds: utcOffsetSeconds) - first)
            guard index >= 0, index / 7 < weeks else { continue }
            result[index / 7].reviews += 1
            if grade.rating != .again { result[index / 7].recalled += 1 }
        }
        return result
    }

    /// 1970-01-01 was a Thursday: day 4 of a week that starts on Monday 1969-12-29.
    static func mondayOnOrBefore(_ day: Int) -> Int {
        let weekday = ((day + 3) % 7 + 7) % 7  // 0 = Monday
        return day - weekday
    }
}
