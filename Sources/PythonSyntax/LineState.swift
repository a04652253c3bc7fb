/// The lexer's state at the start of a line: which strings and f-string replacement
/// fields are open there. Lexing from a line with its state gives the same tokens as
/// lexing the whole text, so a code pane can lex only the lines it shows.
public struct LineState: Hashable, Sendable {
    var frames: [Frame]

    init(frames: [Frame]) { self.frames = frames }

    /// Plain code: no string or replacement field open (the state at the first line).
    public static let code = LineState(frames: [])

    /// True when no string or replacement field is open at the line start.
    public var isCode: Bool { frames.isEmpty }

    /// True when the line starts inside a string (possibly nested in f-strings).
    public var isInsideString: Bool {
        if case .string = frames.last { return true }
        return false
    }
}

/// One open construct. Strings nest inside f-string replacement fields (PEP 701).
enum Frame: Hashable, Sendable {
    case string(StringStyle)
    /// Inside `{...}` of an f-string; `depth` counts the brackets opened inside it.
    case field(depth: Int)
}

/// How a string literal was opened: its quote and prefix.
struct StringStyle: Hashable, Sendable {
    var quote: UInt8
    var isTriple: Bool
    var isRaw: Bool
    var isBytes: Bool
    var isFormatted: Bool
    /// A triple-quoted string opening a line: no escapes or placeholders inside (as Pygments).
    var isDoc: Bool
}
