/// Which question a note belongs to: its chapter and its normalised title (the `title` of
/// the content model's `QuestionKey`), never its number, so adding, removing or renumbering
/// questions moves no note. Plain values, so Notes never depends on the content model.
public struct NoteKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The chapter's id (its path in the library without `.md`, e.g. `04-asyncio`).
    public var chapterID: String
    /// The question's normalised title, e.g. `как работает event loop`.
    public var question: String

    public init(chapterID: String, question: String) {
        self.chapterID = chapterID
        self.question = question
    }

    /// `04-asyncio/как работает event loop`.
    public var description: String { "\(chapterID)/\(question)" }

    public static func < (lhs: NoteKey, rhs: NoteKey) -> Bool {
        (lhs.chapterID, lhs.question) < (rhs.chapterID, rhs.question)
    }
}

/// Turns a question's title into the `question` of its key. The store is given the
/// content model's normalisation (`QuestionKey.normalizedTitle`): it needs it to migrate
/// old databases and to read old exports, whose notes were keyed by number.
public typealias QuestionKeyFunction = @Sendable (String) -> String
