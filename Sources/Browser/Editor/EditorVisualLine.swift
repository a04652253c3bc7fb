/// One row of the editor on screen: a piece of a logical line after soft wrap.
public struct EditorVisualLine: Hashable, Sendable {
    /// What the row shows (control characters as visible symbols, one cell each).
    public var text: String
    /// The logical line the row belongs to.
    public var line: Int
    /// The grapheme of that line the row starts at (0 for the line's first row).
    public var offset: Int
    /// The cells `text` takes (at most the viewport's width, but for a character wider than it).
    public var width: Int

    public init(text: String, line: Int, offset: Int, width: Int) {
        self.text = text
        self.line = line
        self.offset = offset
        self.width = width
    }

    /// Whether the row continues a line wrapped above it.
    public var isContinuation: Bool { offset > 0 }
}
