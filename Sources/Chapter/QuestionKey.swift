/// What a question is known by across edits of its chapter: the chapter's id and the
/// question's normalised title, never its number. Notes, revisions, the reading position
/// and reviews are stored under it, so inserting, deleting or renumbering questions moves
/// nothing.
public struct QuestionKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var chapterID: String
    /// The normalised title (`normalizedTitle`).
    public var title: String

    public init(chapterID: String, title: String) {
        self.chapterID = chapterID
        self.title = title
    }

    public var description: String { "\(chapterID)/\(title)" }

    public static func < (lhs: QuestionKey, rhs: QuestionKey) -> Bool {
        (lhs.chapterID, lhs.title) < (rhs.chapterID, rhs.title)
    }

    /// A title as identity sees it: lowercased, ё→е, the "Вопрос N:" / "Question N:"
    /// prefix stripped, punctuation dropped, white space collapsed to one space.
    /// "Вопрос 3: Что такое  Event-Loop?" → "что такое event loop".
    public static func normalizedTitle(_ raw: String) -> String {
        let stripped = HeadingText.question(raw.trimmingWhitespace()).title
        var words: [String] = []
        var word = ""
        for character in stripped.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character == "ё" ? "е" : character)
            } else if character.isWhitespace, !word.isEmpty {
                words.append(word)
                word = ""
            }
            // Anything else is punctuation and goes: "asyncio.gather()" → "asynciogather".
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }
}
