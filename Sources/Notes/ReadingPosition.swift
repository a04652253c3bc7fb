/// Where the reader was: reopening the program puts them back there.
public struct ReadingPosition: Equatable, Sendable, Codable {
    public var chapterID: String
    public var questionNumber: Int
    /// The scroll offset of each pane, by a name the browser chooses (`list`, `answer`,
    /// `code`, `notes`, ...). A dictionary keeps Notes free of the browser's layout.
    public var paneScroll: [String: Int]

    public init(chapterID: String, questionNumber: Int, paneScroll: [String: Int] = [:]) {
        self.chapterID = chapterID
        self.questionNumber = questionNumber
        self.paneScroll = paneScroll
    }
}
