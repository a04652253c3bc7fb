import Chapter
import Study

/// Which questions an export takes: named ones, a chapter, those due, or the weakest.
public enum ExportScope: Sendable, Equatable {
    case questions([QuestionID])
    case chapter(String)
    case due
    case weakest

    /// The questions of the scope, in the order they are written.
    public func questionIDs(in library: Library, cards: [QuestionID: Card], at time: Instant) -> [QuestionID] {
        let reviewed = library.allQuestions.compactMap { question in cards[question.id].map { (question.id, $0) } }
        switch self {
        case .questions(let ids): return ids
        case .chapter(let id): return library.chapter(id: id)?.questions.map(\.id) ?? []
        case .due: return StudySelection.due(reviewed, at: time)
        case .weakest: return StudySelection.weakest(reviewed, at: time)
        }
    }
}
