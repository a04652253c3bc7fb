// Where things are in the editor's text. The cursor counts graphemes (what the reader sees as one
// character); edits count UTF-8 bytes, which stay exact when a typed combining mark joins the
// character before it.

/// A cursor position: a logical line and a grapheme index within it (0 is before the first
/// character; the line's character count is after the last).
public struct EditorPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var grapheme: Int

    public init(line: Int, grapheme: Int) {
        self.line = line
        self.grapheme = grapheme
    }

    public static let start = EditorPosition(line: 0, grapheme: 0)

    public static func < (lhs: EditorPosition, rhs: EditorPosition) -> Bool {
        (lhs.line, lhs.grapheme) < (rhs.line, rhs.grapheme)
    }

    public var description: String { "\(line):\(grapheme)" }
}

/// A visual (soft-wrapped) row: the logical line and which of its wrapped rows (0 is the first).
public struct EditorRowPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var row: Int

    public init(line: Int, row: Int) {
        self.line = line
        self.row = row
    }

    public static let start = EditorRowPosition(line: 0, row: 0)

    public static func < (lhs: EditorRowPosition, rhs: EditorRowPosition) -> Bool {
        (lhs.line, lhs.row) < (rhs.line, rhs.row)
    }

    public var description: String { "\(line)/\(row)" }
}

/// A byte position for recording edits: a logical line and a UTF-8 offset within it.
struct TextLocation: Hashable, Sendable {
    var line: Int
    var offset: Int
}
