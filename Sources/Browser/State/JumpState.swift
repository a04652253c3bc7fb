import Chapter
import Search

/// Where the reader is, exactly enough to come back: the question, the focused pane, how far
/// the answer and the code are scrolled, the code example shown, and the focused follow-up.
public struct JumpPlace: Sendable, Equatable {
    public var question: QuestionID
    public var focus: Pane
    public var answerScroll: Int
    public var codeBlockIndex: Int
    public var codeScroll: Int
    public var codeColumn: Int
    public var followUp: Int?
}

/// Follow-up links and the jump history.
public struct JumpState: Sendable, Equatable {
    public var history = History<JumpPlace>()
    /// Where the reader was when the search began: opening a result is a jump from there.
    var searchOrigin: JumpPlace?
    /// Where each linked follow-up leads: per question, the follow-up's place in its list.
    public var followUpTargets: [QuestionID: [Int: QuestionID]] = [:]
    /// The follow-up Tab focused, and in which answer (another question's answer has none).
    var focusedFollowUp: FocusedFollowUp?

    public init() {}

    struct FocusedFollowUp: Equatable, Sendable {
        var question: QuestionID
        var index: Int
    }

    /// Takes the linker's links.
    mutating func setLinks(_ links: [FollowUpLink]) {
        followUpTargets = [:]
        for link in links { followUpTargets[link.source, default: [:]][link.index] = link.target }
    }
}

extension Library {
    /// "04/8 Как сочетать sync и async код?" for each linked follow-up of a question, by its place
    /// in the follow-up list: what `sobes show` prints after it.
    public func followUpDescriptions(of question: QuestionID, links: [FollowUpLink]) -> [Int: String] {
        var described: [Int: String] = [:]
        for link in links where link.source == question {
            if let target = self.question(link.target) { described[link.index] = shortName(of: link.target) + " " + target.title }
        }
        return described
    }

    /// A question as the reader names it briefly: "04/8" (the chapter's number, else its id).
    public func shortName(of id: QuestionID) -> String {
        guard let number = chapter(id: id.chapterID)?.number else { return "\(id.chapterID)/\(id.number)" }
        return (number < 10 ? "0\(number)" : "\(number)") + "/\(id.number)"
    }
}
