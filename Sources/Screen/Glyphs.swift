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

/// Calls `body` with each grapheme of `string`, in order.
@inline(__always)
func forEachGlyph(in string: String, _ body: (Glyph) -> Void) {
    let scalars = string.unicodeScalars
    var index = scalars.startIndex
    let end = scalars.endIndex
    while index < end {
        let scalar = scalars[index]
        let next = scalars.index(after: index)
        let value = scalar.value
        if next == end || !mayExtendGrapheme(scalars[next]) {
            // A grapheme of one scalar: no segmentation needed.
            if value == 0x20 {
                body(Glyph(kind: .space, scalar: scalar, width: 1))
                index = next
                continue
            }
            if isPlainNarrow(value) {
                body(Glyph(kind: .text, scalar: scalar, width: 1))
                index = next
                continue
            }
            if value == 0x0A {
                body(Glyph(kind: .newline, scalar: "\n", width: 0))
                index = next
                continue
            }
            if value == 0x09 {
                body(Glyph(kind: .tab, scalar: scalar, width: 0))
                index = next
                continue
            }
        }
        // The general path: one Character (grapheme cluster) from here.
        let cluster = string[index...].first!
        let scalarCount = cluster.unicodeScalars.count
        index = scalars.index(index, offsetBy: scalarCount)
        if scalarCount == 2, value == 0x0D, scalars[next].value == 0x0A {
            body(Glyph(kind: .newline, scalar: "\n", width: 0))
            continue
        }
        let visible = visibleCharacter(cluster)
        body(Glyph(kind: .text, cluster: String(visible), width: graphemeWidth(of: visible)))
    }
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
func mayExtendGrapheme(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x300 { return false }
    return !isPlainNarrow(value)
}
