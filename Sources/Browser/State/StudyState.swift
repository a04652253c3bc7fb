import Chapter
import Study

/// The reader's study: each question's card as the review log makes it (loaded after the
/// first frame) and the recall session, if one is under way.
public struct StudyState: Sendable, Equatable {
    /// The card of every reviewed question of the library; a question absent is new.
    public var cards: [QuestionID: Card] = [:]
    public var isLoaded = false
    /// Why the review log could not be read, if it could not.
    public var unavailable: String?
    public var session: RecallSession?
    /// A session asked for before the cards were read: it starts once they are.
    public var pendingScope: RecallScope?
    /// What a mock interview asks (`sobes interview` sets it; `i` uses it).
    public var interviewPlan = InterviewPlan()
    /// The session's card laid out for the screen's width; refreshed by `update`.
    public internal(set) var renderedCard = RenderedAnswer()
    var renderedCardKey: RecallCardKey?

    public init() {}

    /// The bucket a question counts in at `time`.
    public func bucket(of id: QuestionID, at time: Instant) -> StudyProgress.Bucket {
        StudyProgress.Bucket(cards[id], at: time)
    }

    /// Progress over some questions at `time`.
    public func progress(of questions: [Question], at time: Instant) -> StudyProgress {
        StudyProgress(cards: questions.map { cards[$0.id] }, at: time)
    }
}

/// Which questions a recall session asks.
public enum RecallScope: String, CaseIterable, Equatable, Sendable {
    /// Every question of the open chapter, in order.
    case chapter
    /// Questions of the library due now, the most overdue first.
    case due
    /// Questions of the library never reviewed.
    case new
    /// The reviewed questions forgotten most often and least likely recalled now.
    case weakest
    /// Every question of the library.
    case library
    /// The search's results, in rank order.
    case searchResults
    /// A mock interview: questions at random, a clock per question, follow-ups after.
    case interview

    /// How the scope chooser names it.
    public var title: String {
        switch self {
        case .chapter: "Открытая глава"
        case .due: "Пора повторить"
        case .new: "Новые вопросы"
        case .weakest: "Самые слабые"
        case .library: "Вся библиотека"
        case .searchResults: "Результаты поиска"
        case .interview: "Собеседование"
        }
    }

    /// Whether choosing the questions needs the cards.
    var needsCards: Bool { self == .due || self == .new || self == .weakest }
}

/// How much of the answer the card shows.
public enum RevealStage: Int, Comparable, Sendable {
    /// The title and "Зачем спрашивают": the reader recalls the answer.
    case question
    case shortAnswer
    case fullAnswer

    public static func < (lhs: RevealStage, rhs: RevealStage) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One run through a queue of questions: ask, reveal, grade, next; then a summary.
public struct RecallSession: Equatable, Sendable {
    public var scope: RecallScope
    public var queue: [QuestionID]
    public var position = 0
    public var stage: RevealStage = .question
    /// The card's scroll, in lines.
    public var scroll = 0
    /// The grades given, in order.
    public var grades: [Rating] = []
    public var startedAt: Moment
    /// When the session ended: from then on the summary shows.
    public var endedAt: Moment?
    /// What the reader typed as their answer (`e`): kept in the question's note as a draft
    /// when they grade it, or at once with Ctrl+O.
    public var scratch: NoteEditor?
    /// True while typing goes into the scratch area.
    public var isTypingScratch = false
    /// Questions asked as follow-ups (`f`), with the question whose follow-up they answer.
    public var followUpOf: [QuestionID: QuestionID] = [:]
    /// A mock interview's limit and clock; nil in plain recall.
    public var interview: InterviewPlan?
    public var clock: InterviewClock?

    public init(scope: RecallScope, queue: [QuestionID], startedAt: Moment) {
        self.scope = scope
        self.queue = queue
        self.startedAt = startedAt
    }

    /// The question being asked, if the session is not over.
    public var current: QuestionID? {
        endedAt == nil && queue.indices.contains(position) ? queue[position] : nil
    }

    public var isOver: Bool { endedAt != nil }

    public func count(of rating: Rating) -> Int { grades.filter { $0 == rating }.count }
}

/// What the rendered card was made from: a change of any part lays it out again.
struct RecallCardKey: Equatable, Sendable {
    var question: QuestionID
    var stage: RevealStage
    var width: Int
    var theme: String
    var isInterview: Bool
    var followUps: Int
}
