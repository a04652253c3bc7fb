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
    /// The match `n`/`N` went to last, among `AppState.matches(of:)`.
    public var matchIndex: Int?

    /// The hits the list shows, or nil to show the chapter's questions.
    var hits: [SearchHit]? {
        text.isEmpty ? nil : results?.hits
    }

    var highlighter: Highlighter? {
        text.isEmpty ? nil : results?.highlighter
    }
}
