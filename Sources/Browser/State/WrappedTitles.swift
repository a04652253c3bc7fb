import Chapter

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
    private var lines: [String: [Int: [Int: [String]]]] = [:]
    private var count = 0
    /// A few screenfuls of titles; past it the cache starts again.
    static let capacity = 256

    func lines(of question: QuestionID, limit: Int, width: Int) -> [String]? {
        width == self.width ? lines[question.chapterID]?[question.number]?[limit] : nil
    }

    mutating func store(_ wrapped: [String], of question: QuestionID, limit: Int, width: Int) {
        if width != self.width || count >= Self.capacity {
            lines = [:]
            count = 0
            self.width = width
        }
        if lines[question.chapterID, default: [:]][question.number, default: [:]].updateValue(wrapped, forKey: limit) == nil {
            count += 1
        }
    }
}
