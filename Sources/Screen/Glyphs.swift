// The one pass over text that Buffer.put, wrap and truncate share: graphemes, already made
// visible (see `visibleCharacter`) and measured. Latin and Cyrillic text takes a fast path that
// skips grapheme segmentation and Unicode property lookups, which dominate drawing time
// otherwise (see the "screen" benchmark group).

/// One grapheme of text, ready to be placed.
struct Glyph {
    enum Kind {
        /// A grapheme to draw (`width` 1 or 2), or to join to the previous cell (`width` 0).
        case text
        /// A space (U+0020): a place to break a line.
        case space
        /// A tab, laid out by the caller.
        case tab
        /// A newline (LF or CR LF).
        case newline
    }

    var kind: Kind
    var width: Int
    /// The grapheme when it is one scalar (the fast path), else nil and `cluster` holds it.
    var scalar: Unicode.Scalar?
    var cluster: String

    init(kind: Kind, scalar: Unicode.Scalar, width: Int) {
        self.kind = kind
        self.width = width
        self.scalar = scalar
        self.cluster = ""
    }

    init(kind: Kind, cluster: String, width: Int) {
        self.kind = kind
        self.width = width
        self.scalar = nil
        self.cluster = cluster
    }

    var text: String {
        if let scalar { return String(scalar) }
        return cluster
    }

    func append(to string: inout String) {
        if let scalar {
            string.unicodeScalars.append(scalar)
        } else {
            string += cluster
        }
    }

    func cell(style: Style) -> Cell {
        if let scalar { return Cell(scalar: scalar, style: style) }
        return Cell(Glyph.drawable(cluster), style: style)
    }

    /// The part of a cluster a terminal draws in the cell we measured: its first character
    /// and the combining marks on it. Emoji joined with U+200D, skin-tone modifiers and
    /// variation selectors are dropped: ncurses and most terminals would draw them as several
    /// characters, the screen would stop matching what the program thinks is on it, and
    /// stale characters would stay behind.
    static func drawable(_ cluster: String) -> String {
        var scalars = cluster.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return cluster }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return cluster }  // a flag is a pair of regional indicators
        var result = String.UnicodeScalarView()
        result.append(first)
        while let scalar = scalars.next() {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                if scalar.value == 0xFE0F || scalar.value == 0xFE0E { continue }  // variation selectors
                result.append(scalar)
            default:
                // A joiner, a modifier or another spacing character: the rest is not drawn.
                return String(result)
            }
        }
        return String(result)
    }
}

/// Calls `body` with each grapheme of `string`, in order. (One call of `body`, so that the
/// caller's closure is inlined into the loop.)
@inline(__always)
func forEachGlyph(in string: String, _ body: (Glyph) -> Void) {
    var text = string
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count { body(glyph(at: &offset, in: bytes, of: string)) }
    }
}

/// The glyph that starts at `offset` of `bytes` (the UTF-8 of `string`); moves `offset` past it.
/// A scalar that stands alone and needs no sanitising is read from the bytes; anything else
/// is segmented as a Character.
@inline(__always)
func glyph(at offset: inout Int, in bytes: UnsafeBufferPointer<UInt8>, of string: String) -> Glyph {
    let (value, length) = decodeScalar(in: bytes, at: offset)
    let next = offset + length
    if endsGrapheme(at: next, in: bytes), let scalar = Unicode.Scalar(value) {
        if value == 0x20 {
            offset = next
            return Glyph(kind: .space, scalar: scalar, width: 1)
        }
        if isPlainNarrow(value) {
            offset = next
            return Glyph(kind: .text, scalar: scalar, width: 1)
        }
        if value == 0x0A {
            offset = next
            return Glyph(kind: .newline, scalar: "\n", width: 0)
        }
        if value == 0x09 {
            offset = next
            return Glyph(kind: .tab, scalar: scalar, width: 0)
        }
    }
    return clusterGlyph(at: &offset, startingWith: value, of: string)
}

/// The length in bytes of the glyph at `offset` of `bytes` (valid UTF-8) when it is a space or a
/// plain narrow scalar standing alone, drawn as it is in one cell; else 0. (Such a glyph is
/// its bytes: `Buffer.put` copies them into the cell without making a `Glyph`.)
@inline(__always)
func plainNarrowGlyphLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let (value, length) = decodeScalar(in: bytes, at: offset)
    guard value == 0x20 || isPlainNarrow(value), endsGrapheme(at: offset + length, in: bytes) else { return 0 }
    return length
}

/// True when no scalar at `next` of `bytes` joins the one before it into one grapheme.
@inline(__always)
private func endsGrapheme(at next: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Every scalar that may extend a grapheme lies at or above U+0300: a lead byte of 0xCC or more.
    next == bytes.count || bytes[next] < 0xCC || !mayExtendGrapheme(value: decodeScalar(in: bytes, at: next).value)
}

/// The general path: one Character (grapheme cluster) from `offset`.
@inline(never)
private func clusterGlyph(at offset: inout Int, startingWith value: UInt32, of string: String) -> Glyph {
    let cluster = string[string.utf8.index(string.utf8.startIndex, offsetBy: offset)...].first!
    offset += cluster.utf8.count
    if value == 0x0D, cluster.unicodeScalars.count == 2, cluster.unicodeScalars.last?.value == 0x0A {
        return Glyph(kind: .newline, scalar: "\n", width: 0)
    }
    let visible = visibleCharacter(cluster)
    return Glyph(kind: .text, cluster: String(visible), width: graphemeWidth(of: visible))
}

/// The scalar that starts at `offset` in valid UTF-8, and its length in bytes.
@inline(__always)
func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1]) & 0x3F, 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | (UInt32(bytes[offset + 1]) & 0x3F) << 6 | UInt32(bytes[offset + 2]) & 0x3F, 3)
    }
    return ((lead & 0x07) << 18 | (UInt32(bytes[offset + 1]) & 0x3F) << 12 | (UInt32(bytes[offset + 2]) & 0x3F) << 6
            | UInt32(bytes[offset + 3]) & 0x3F, 4)
}

/// Printable scalars of width 1 that need no sanitising and never join the scalar before
/// them: ASCII, Latin-1 and Latin Extended, Cyrillic letters, dashes, quotes, bullets and other
/// general punctuation, arrows, box drawing.
@inline(__always)
func isPlainNarrow(_ value: UInt32) -> Bool {
    if value < 0x300 { return (value >= 0x21 && value < 0x7F) || value >= 0xA0 }
    if value < 0x530 { return (value >= 0x400 && value <= 0x482) || value >= 0x48A }
    if value < 0x2010 { return false }
    return value < 0x2028 || (value >= 0x2030 && value < 0x205F)
        || (value >= 0x2190 && value < 0x2200) || (value >= 0x2500 && value < 0x25A0)
}

/// False for scalars that never continue a grapheme begun by the scalar before them (every
/// extending mark, joiner and modifier lies at or above U+0300, outside the plain ranges).
@inline(__always)
func mayExtendGrapheme(value: UInt32) -> Bool {
    if value < 0x300 { return false }
    return !isPlainNarrow(value)
}
