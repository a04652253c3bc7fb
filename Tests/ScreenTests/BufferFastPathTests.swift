import Testing
@testable import Screen

/// `Buffer.put` copies spaces and plain narrow scalars straight into cells; every other glyph
/// takes the general path. Both must leave the same cells for any text.
@Suite struct BufferFastPathTests {
    static let texts = [
        "plain ascii, then Кириллица и — «кавычки» │ box ← arrows",
        "wide 中文字 and emoji 😀 between narrow",
        "combining e\u{301} й\u{308} and a mark at the start \u{301}x",
        "tabs\tin\tthe\tmiddle\tand at the end\t",
        "lines\nand CR LF\r\nand more\nlast",
        "controls \u{1B}[31m \u{7} \u{0} and soft\u{AD}hyphen",
        "flags 🇷🇺🇺🇸, joined 👨‍👩‍👧, toned 👍🏽, selector ☺\u{FE0F}",
        "cut wide at the edge: 一二三四五六七八九十",
        "Cyrillic mark ж\u{483} and Latin Extended ǅ ǆ ȁ",
    ]

    /// A background with wide characters, so the text also cuts some.
    static func background() -> Buffer {
        var buffer = Buffer(width: 23, height: 4)
        for y in 0..<4 { buffer.put(String(repeating: "漢a", count: 8), at: Point(x: y % 2, y: y), style: Style(attributes: .bold)) }
        return buffer
    }

    @Test(arguments: texts)
    func fastAndGeneralPathsLeaveTheSameCells(text: String) {
        let style = Style(foreground: .ansi(2), attributes: .italic)
        let places: [(Point, Rect)] = [
            (Point(x: 0, y: 0), Rect(x: 0, y: 0, width: 23, height: 4)),
            (Point(x: 1, y: 1), Rect(x: 2, y: 1, width: 9, height: 2)),
            (Point(x: -3, y: -1), Rect(x: 0, y: 0, width: 23, height: 4)),
            (Point(x: 5, y: 2), Rect(x: 0, y: 2, width: 12, height: 1)),
        ]
        for (origin, bounds) in places {
            var fast = Self.background(), general = Self.background()
            let fastEnd = fast.write(text, at: origin, lineStart: origin.x, style: style, bounds: bounds)
            let generalEnd = general.write(text, at: origin, lineStart: origin.x, style: style, bounds: bounds, usingFastPath: false)
            #expect(fastEnd == generalEnd)
            #expect(fast == general)
            #expect(fast.cells.map(\.grapheme) == general.cells.map(\.grapheme))
        }
    }

    @Test func theFastPathStoresTheBytesAScalarCellHolds() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("aж—", at: .zero)
        #expect(buffer[0, 0] == Cell(scalar: "a", style: .plain))
        #expect(buffer[1, 0] == Cell(scalar: "ж", style: .plain))
        #expect(buffer[2, 0] == Cell(scalar: "—", style: .plain))
    }
}
