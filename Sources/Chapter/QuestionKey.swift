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
    /// prefix stripped, punctuation dropped (it separates words: "event-loop" is "event
    /// loop"), white space collapsed to one space. Symbols stay ("c++").
    /// "Вопрос 3: Что такое  Event-Loop?" → "что такое event loop".
    public static func normalizedTitle(_ raw: String) -> String {
        let stripped = HeadingText.question(raw.trimmingWhitespace()).title
        return fastNormalized(stripped) ?? generalNormalized(stripped)
    }

    /// The rule itself, over Characters: any script; a decomposed ё is ё.
    static func generalNormalized(_ stripped: String) -> String {
        var key = ""
        var pendingSpace = false
        for character in stripped.lowercased() {
            if character.isWhitespace || isPunctuation(character) {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace { key.append(" ") }
            pendingSpace = false
            key.append(character == "ё" ? "е" : character)
        }
        return key
    }

    private static func isPunctuation(_ character: Character) -> Bool {
        switch character.unicodeScalars.first!.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The same rule for titles of ASCII and Russian letters alone, scalar by scalar (grapheme
    /// breaking and Unicode case tables cost more than the rest of parsing a chapter); nil
    /// for any other scalar, which the general rule handles.
    static func fastNormalized(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let kept: UInt32
            switch value {
            case 0x61...0x7A, 0x30...0x39, 0x430...0x44F: kept = value      // a-z, 0-9, а-я
            case 0x41...0x5A, 0x410...0x42F: kept = value + 0x20            // A-Z, А-Я
            case 0x401, 0x451: kept = 0x435                                 // Ё, ё → е
            case 0x24, 0x2B, 0x3C...0x3E, 0x5E, 0x60, 0x7C, 0x7E: kept = value  // symbols: $ + < = > ^ ` | ~
            case 0x20, 0x09...0x0D,                                         // white space, punctuation
                 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D,
                 0xAB, 0xBB, 0x2013, 0x2014, 0x2026:
                pendingSpace = !scalars.isEmpty
                continue
            default:
                return nil
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(Unicode.Scalar(kept)!)
        }
        return String(scalars)
    }
}
