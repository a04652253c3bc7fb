/// One terminal cell: a grapheme (a character with its combining marks) and its style.
///
/// A wide character (CJK, most emoji) covers two cells: the left one holds the grapheme, the
/// right one is a continuation cell with an empty grapheme that backends skip.
public struct Cell: Hashable, Sendable {
    @usableFromInline var text: InlineUTF8
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.text = InlineUTF8(grapheme)
        self.style = style
        self.isContinuation = false
    }

    init(scalar: Unicode.Scalar, style: Style) {
        self.text = InlineUTF8(scalar)
        self.style = style
        self.isContinuation = false
    }

    /// A cell of one scalar given as its UTF-8 bytes.
    init(scalarBytes bytes: UnsafeBufferPointer<UInt8>, style: Style) {
        self.text = InlineUTF8(scalarBytes: bytes)
        self.style = style
        self.isContinuation = false
    }

    /// What the cell shows: one grapheme of display width 1 or 2, or "" in a continuation.
    /// (At most 15 bytes of UTF-8 are kept: a longer grapheme keeps its leading scalars.)
    public var grapheme: String {
        get { text.string }
        set { text = InlineUTF8(newValue) }
    }

    /// The grapheme's UTF-8 bytes, without making a String (for backends).
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try text.withUTF8(body)
    }

    /// The grapheme when it is a single Unicode scalar (most cells), for backends: no String
    /// and no closure.
    @inlinable @inline(__always) public var singleScalar: Unicode.Scalar? { text.singleScalar }

    /// True when the cell is one space: a blank, whose foreground does not show.
    @inlinable public var isSpace: Bool { text.isSpace }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell("", style: style)
        cell.isContinuation = true
        return cell
    }

    /// A space in the default style: what a fresh buffer holds.
    public static let blank = Cell()
}
