/// A span of the source and its kind. Offsets are UTF-8 byte offsets from the start
/// of the text that was lexed, `end` exclusive; `ScalarOffsets` turns them into
/// Unicode scalar offsets when a caller needs those.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int

    public init(kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// The UTF-8 byte range the token covers.
    public var range: Range<Int> { start..<end }
}
