/// Which cards a study scope picks, as one rule for every caller (the browser's recall
/// session, `sobes export --due` and `--weak`).
public enum StudySelection {
    /// The cards due at `time`, the longest overdue first.
    public static func due<ID>(_ cards: [(ID, Card)], at time: Instant) -> [ID] {
        cards.compactMap { id, card -> (ID, Instant)? in
            guard card.isDue(at: time), let due = card.due else { return nil }
            return (id, due)
        }
        .sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// The weakest reviewed cards: the most forgotten first, then the least likely recalled now.
    public static func weakest<ID>(_ cards: [(ID, Card)], at time: Instant, scheduler: Scheduler = .standard,
                                   limit: Int = weakestCount) -> [ID] {
        cards.compactMap { id, card -> (ID, Int, Double)? in
            guard card.state != .new else { return nil }
            return (id, card.lapses, scheduler.retrievability(of: card, at: time))
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        .prefix(limit).map(\.0)
    }

    /// How many questions "the weakest" takes.
    public static let weakestCount = 20
}
