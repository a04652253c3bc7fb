/// One terminal cell: a grapheme (a character with its combining marks) and its style.
///
/// A wide character (CJK, most emoji) covers two cells: the left one holds the grapheme, the
/// right one is a continuation cell with an empty grapheme that backends skip.
public struct Cell: Hashable, Sendable {
    /// What the cell shows; one grapheme of display width 1 or 2, or empty in a continuation.
    public var grapheme: String
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = false
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell("", style: style)
        cell.isContinuation = true
        return cell
    }

    /// A space in the default style: what a fresh buffer holds.
    public static let blank = Cell()

    /// Cells are equal when they show the same bytes in the same style. Byte equality (not
    /// Unicode canonical equivalence) is what a terminal sees, and it is much cheaper for
    /// the frame diff, which compares every cell of every frame.
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.isContinuation == rhs.isContinuation && lhs.style == rhs.style
            && lhs.grapheme.utf8.elementsEqual(rhs.grapheme.utf8)
    }
}
