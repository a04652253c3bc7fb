import Chapter
import Notes
import Search

/// The search line and what it found. Results arrive as an action after the runtime
/// ran the search, so typing never waits for it; stale results are dropped by generation.
public struct SearchState: Sendable, Equatable {
    /// The query and the cursor in it.
    public var line = LineEditing()
    public var text: String { line.text }
    /// True while the search line takes the keys.
    public var isEditing = true
    /// Bumped on every edit; only results of the latest generation are shown.
    public var generation = 0
    public var results: SearchResults?
    /// Which results these are, numbered over every search of the run (generations start
    /// again with each search): what the matches in view were found with.
    var resultsSerial: Int?
    /// The widest label of the results' hits (`ListView.shortName`), measured once when they
    /// arrive: the list's layout asks for it several times a frame, and each label looks its
    /// chapter up.
    var hitLabelWidth = 0
    /// The match `n`/`N` went to last: drawn apart from the others.
    var currentMatch: CurrentMatch?

    /// The hits the list shows, or nil to show the chapter's questions.
    var hits: [SearchHit]? {
        text.isEmpty ? nil : results?.hits
    }

    /// The current match's place, when it is in the open question.
    func currentMatch(in question: QuestionID?) -> SearchMatch? {
        guard let currentMatch, currentMatch.question == question else { return nil }
        return currentMatch.place
    }

    var highlighter: Highlighter? {
        text.isEmpty ? nil : results?.highlighter
    }
}

/// Which of a question's matches (`AppState.matches(of:)`) `n`/`N` went to last.
struct CurrentMatch: Equatable, Sendable {
    var question: QuestionID
    var index: Int
    var place: SearchMatch
}
