/// A run of text inside a block, as Markdown marks it up.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case code(String)
    case link(text: [Inline], destination: String)
    /// A hard line break (two trailing spaces or a backslash in the source).
    case lineBreak
    /// A newline inside a paragraph; renderers treat it as a space.
    case softBreak
    /// `~~struck~~` (GFM).
    case strikethrough([Inline])
    /// `<kbd>Ctrl</kbd>`: a key cap.
    case keyboard(String)
    /// `![alt](path)` or `<img alt=…>`: a terminal cannot show it, so its description stands in.
    case image(alt: String, destination: String)
    /// `[^label]`: the question's `footnotes` hold the text and its number.
    case footnoteReference(String)
}

extension Inline {
    /// The text a reader sees, without markup; soft breaks become spaces.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .strong(let children), .emphasis(let children), .strikethrough(let children): return children.plainText
        case .keyboard(let key): return key
        case .image(let alt, _): return alt
        case .footnoteReference: return ""
        case .link(let text, _): return text.plainText
        case .lineBreak: return "\n"
        case .softBreak: return " "
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain text of every inline.
    public var plainText: String { map(\.plainText).joined() }
}
