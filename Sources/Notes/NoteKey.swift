/// Which question a note belongs to: plain values, so Notes never depends on the content model.
public struct NoteKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The chapter's id (its file stem, e.g. `04-asyncio`).
    public var chapterID: String
    /// The question's number inside the chapter (`## Вопрос N`).
    public var questionNumber: Int

    public init(chapterID: String, questionNumber: Int) {
        self.chapterID = chapterID
        self.questionNumber = questionNumber
    }

    /// `04-asyncio/6`: the form the command line reads and prints.
    public var description: String { "\(chapterID)/\(questionNumber)" }

    public static func < (lhs: NoteKey, rhs: NoteKey) -> Bool {
        (lhs.chapterID, lhs.questionNumber) < (rhs.chapterID, rhs.questionNumber)
    }

    /// Reads a question reference as the command line writes it: `6` (a question of
    /// `defaultChapterID`) or `04-asyncio/6`. Returns nil for anything else.
    ///
    /// The caller chooses `defaultChapterID` (the library's first chapter), so a bare
    /// number follows whatever library is open.
    public init?(reference: String, defaultChapterID: String) {
        let chapterID: Substring
        let number: Substring
        if let slash = reference.lastIndex(of: "/") {
            chapterID = reference[..<slash]
            number = reference[reference.index(after: slash)...]
        } else {
            chapterID = Substring(defaultChapterID)
            number = Substring(reference)
        }
        guard !chapterID.isEmpty,
              !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }),
              let questionNumber = Int(number), questionNumber > 0
        else { return nil }
        self.init(chapterID: String(chapterID), questionNumber: questionNumber)
    }
}
