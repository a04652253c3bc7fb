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
    /// prefix stripped, punctuation dropped, white space collapsed to one space. `+` and `#`
    /// stay: they tell C++ and C# apart. "Вопрос 3: Что такое  Event-Loop?" → "что такое eventloop".
    public static func normalizedTitle(_ raw: String) -> String {
        let stripped = HeadingText.question(raw.trimmingWhitespace()).title
        return fastNormalized(stripped) ?? generalNormalized(stripped)
    }

    /// The rule itself, over Characters: any script, combining marks included.
    static func generalNormalized(_ stripped: String) -> String {
        var words: [String] = []
        var word = ""
        for character in stripped.lowercased() {
            if character.isLetter || character.isNumber || character == "+" || character == "#" {
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
            case 0x61...0x7A, 0x30...0x39, 0x430...0x44F, 0x2B, 0x23: kept = value  // a-z, 0-9, а-я, + #
            case 0x41...0x5A, 0x410...0x42F: kept = value + 0x20            // A-Z, А-Я
            case 0x401, 0x451: kept = 0x435                                 // Ё, ё → е
            case 0x20, 0x09...0x0D:                                         // white space
                if !scalars.isEmpty { pendingSpace = true }
                continue
            case 0x21, 0x22, 0x24...0x2A, 0x2C...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x2013, 0x2014, 0xAB, 0xBB, 0x2026:
                continue                                                    // punctuation
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
