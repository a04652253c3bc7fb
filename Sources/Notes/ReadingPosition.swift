/// Where the reader was: reopening the program puts them back there.
public struct ReadingPosition: Equatable, Sendable, Codable {
    public var chapterID: String
    /// The question's normalised title: what is stored.
    public var question: String
    /// The question's number in the library as loaded now: the browser's, never stored.
    /// Set by whoever matched `question` to the library.
    public var questionNumber: Int?
    /// The scroll offset of each pane, by a name the browser chooses (`list`, `answer`,
    /// `code`, `notes`, ...). A dictionary keeps Notes free of the browser's layout.
    public var paneScroll: [String: Int]

    public init(chapterID: String, question: String, questionNumber: Int? = nil, paneScroll: [String: Int] = [:]) {
        self.chapterID = chapterID
        self.question = question
        self.questionNumber = questionNumber
        self.paneScroll = paneScroll
    }
}
