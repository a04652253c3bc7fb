import Chapter

/// The list's titles wrapped for one width, by question and row limit: wrapping is most of
/// the work of drawing the list, and the same titles show frame after frame. `update` fills
/// it for the rows in view (`refreshListTitles`) and empties it when the library changes; the
/// list's layout looks here first.
struct WrappedTitles: Equatable, Sendable {
    private(set) var width = 0
    private var lines: [Key: [String]] = [:]
    /// A few screenfuls of titles; past it the cache starts again.
    static let capacity = 256

    private struct Key: Hashable, Sendable {
        var question: QuestionID
        var limit: Int
    }

    func lines(of question: QuestionID, limit: Int, width: Int) -> [String]? {
        width == self.width ? lines[Key(question: question, limit: limit)] : nil
    }

    mutating func store(_ wrapped: [String], of question: QuestionID, limit: Int, width: Int) {
        if width != self.width || lines.count >= Self.capacity {
            lines = [:]
            self.width = width
        }
        lines[Key(question: question, limit: limit)] = wrapped
    }
}
