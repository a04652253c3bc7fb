/// The reader's grade of one recall attempt, as FSRS numbers them.
public enum Rating: Int, CaseIterable, Sendable, Comparable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// `again`, `hard`, `good`, `easy`: the names the command line and the log use.
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    public init?(name: String) {
        guard let rating = Rating.allCases.first(where: { $0.name == name }) else { return nil }
        self = rating
    }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
