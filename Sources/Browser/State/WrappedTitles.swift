import Chapter
import Screen

/// The list's titles wrapped for one width, by question and row limit: wrapping is most of
/// the work of drawing the list, and the same titles show frame after frame. `update` fills
/// it for the rows in view (`refreshListTitles`) and empties it when the library changes; the
/// list's layout looks here first.
///
/// Keyed by chapter id, then question number, then row limit: String and Int keys, which the
/// program has anyway (a dictionary of a new key type costs the Swift runtime a scan of every
/// protocol conformance the first time one is made, before the first frame).
struct WrappedTitles: Equatable, Sendable {
    private(set) var width = 0
    /// What the list showed when its rows were last wrapped (`refreshListTitles`): the same
    /// list again needs no look at them. Forgotten with the titles.
    var view: View?

    struct View: Equatable, Sendable {
        var chapterID: String
        /// The search results listed (`SearchState.resultsSerial`), nil for the chapter's questions.
        var results: Int?
        var top: Int
        var selected: Int
        var labelWidth: Int
        var rows: Rect
    }
    private var lines: [String: [Int: [Int: [String]]]] = [:]
    private var count = 0
    /// A few screenfuls of titles; past it the cache starts again.
    static let capacity = 256

    /// Starts again when `rows` more titles would go past `capacity`: before the rows in view
    /// are stored, so none of them is dropped while they are.
    mutating func makeRoom(for rows: Int) {
        if count + rows > Self.capacity { startAgain() }
    }

    private mutating func startAgain() {
        lines = [:]
        count = 0
        view = nil
    }

    func lines(of question: QuestionID, limit: Int, width: Int) -> [String]? {
        width == self.width ? lines[question.chapterID]?[question.number]?[limit] : nil
    }

    mutating func store(_ wrapped: [String], of question: QuestionID, limit: Int, width: Int) {
        if width != self.width {
            startAgain()
            self.width = width
        }
        if lines[question.chapterID, default: [:]][question.number, default: [:]].updateValue(wrapped, forKey: limit) == nil {
            count += 1
        }
    }
}
