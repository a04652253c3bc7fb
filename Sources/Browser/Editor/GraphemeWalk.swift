// A fast walk over a line's graphemes. Swift's Character iteration finds grapheme breaks with
// Unicode property lookups, which costs tens of nanoseconds per Cyrillic letter; between two
// "simple" scalars (printable ASCII, Latin-1 and Latin Extended, Cyrillic letters) there is always
// a break, so those are taken one scalar at a time and Swift is asked only around the rest
// (combining marks, emoji, CJK, controls).

/// One grapheme as the editor measures it.
struct GraphemeInfo {
    /// Cells on screen (see `LineText.cell(of:)`).
    var width: Int
    /// Whether it shows as itself (not a control character's symbol).
    var isPlain: Bool
    var isSpace: Bool
    var utf8Count: Int
}

extension LineText {
    /// Calls `body` for each grapheme of `line` in order, until it returns false.
    static func forEachGrapheme(in line: String, _ body: (GraphemeInfo) -> Bool) {
        forEachGrapheme(in: line[...], body)
    }

    /// Calls `body` for each grapheme of `line` (which starts on a grapheme boundary) in order,
    /// until it returns false.
    static func forEachGrapheme(in line: Substring, _ body: (GraphemeInfo) -> Bool) {
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSimple(scalar.value) {
                let next = scalars.index(after: index)
                if next == scalars.endIndex || isSimple(scalars[next].value) {
                    let info = GraphemeInfo(width: 1, isPlain: true, isSpace: scalar.value == 0x20,
                                            utf8Count: UTF8.width(scalar))
                    guard body(info) else { return }
                    index = next
                    continue
                }
            }
            let rest = line[index...]
            let character = rest[rest.startIndex]
            let cell = cell(of: character)
            let info = GraphemeInfo(width: cell.width, isPlain: cell.isPlain, isSpace: false,
                                    utf8Count: character.utf8.count)
            guard body(info) else { return }
            index = rest.index(after: rest.startIndex)
        }
    }

    /// A scalar that is a grapheme of one cell on its own unless a mark follows it.
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x300)
            || (value >= 0x400 && value < 0x483) || (value >= 0x48A && value < 0x530)
    }
}
