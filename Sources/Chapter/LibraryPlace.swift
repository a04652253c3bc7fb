/// A place in the library a link, a bookmark or an outline entry leads to.
public struct LibraryPlace: Hashable, Sendable, CustomStringConvertible {
    public var chapterID: String
    public var part: Part

    public enum Part: Hashable, Sendable {
        /// The chapter's start: its first question.
        case start
        /// A question by number, at one of its sections (an index into `sections`) or at its top.
        case question(Int, section: Int?)
        /// One section of the chapter's appendix (an index into `appendix`).
        case appendix(Int)
    }

    public init(chapterID: String, part: Part) {
        self.chapterID = chapterID
        self.part = part
    }

    public var description: String {
        switch part {
        case .start: return chapterID
        case .question(let number, let section?): return "\(chapterID)/\(number)#\(section)"
        case .question(let number, nil): return "\(chapterID)/\(number)"
        case .appendix(let index): return "\(chapterID)#appendix\(index)"
        }
    }
}

/// Where a link's destination leads, read against the library and the chapter it is in.
public enum LinkTarget: Hashable, Sendable {
    case place(LibraryPlace)
    /// A README: the library's list of topics.
    case topics
    /// http, https or mailto: for a browser or a mail program.
    case external(String)
    /// A link that leads nowhere the library has, with the reason in words.
    case broken(String)
}
