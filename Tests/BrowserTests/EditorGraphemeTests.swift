import Screen
import Testing
@testable import Browser

/// The editor's fast grapheme walk agrees with Swift's Characters and the Buffer's widths.
@Suite struct EditorGraphemeTests {
    static let samples = [
        "", "привет, мир", "ёжик и\u{306} е\u{301}", "слово\u{483}титло", "a\u{200D}b", "👨‍👩‍👧 🇷🇺🇺🇦 👍🏽",
        "世界 ｗｉｄｅ", "tab\there\u{1B}[0m\r", "\u{1100}\u{1161}\u{11A8}한", "Łódź ǅ ʼ", "x\u{301}\u{302}\u{303}y",
        "\u{0300}leading mark", "e\u{FE0F} ☺\u{FE0F}", "\u{AD}soft\u{A0}nbsp",
    ]

    @Test(arguments: samples)
    func graphemesMatchSwiftCharacters(_ line: String) {
        var walked: [(width: Int, bytes: Int)] = []
        LineText.forEachGrapheme(in: line) { grapheme in
            walked.append((grapheme.width, grapheme.utf8Count))
            return true
        }
        let characters = Array(line)
        #expect(walked.map(\.bytes) == characters.map { $0.utf8.count })
        #expect(walked.map(\.width) == characters.map { LineText.cell(of: $0).width })
        #expect(LineText.count(of: line) == characters.count)
        // What the Buffer draws for each: the symbol of a control, ␉ for a tab.
        #expect(characters.map { LineText.cell(of: $0).width } == characters.map { displayWidth(of: LineText.visible($0)) })
    }

    @Test(arguments: samples)
    func offsetsAndIndicesConvert(_ line: String) {
        var offset = 0
        for (index, character) in line.enumerated() {
            #expect(LineText.utf8Offset(ofGrapheme: index, in: line) == offset)
            #expect(LineText.graphemeIndex(atUTF8Offset: offset, in: line) == index)
            if character.utf8.count > 1 {
                #expect(LineText.graphemeIndex(atUTF8Offset: offset + 1, in: line) == index + 1)
            }
            offset += character.utf8.count
        }
        #expect(LineText.utf8Offset(ofGrapheme: line.count, in: line) == line.utf8.count)
    }

    @Test(arguments: samples)
    func rowsCoverTheLineAndFitTheWidth(_ line: String) {
        for width in [1, 2, 3, 7, 80] {
            let wrapped = WrappedLine(line, width: width)
            let rows = wrapped.rows
            #expect(rows.first?.start == 0)
            #expect(rows.last?.end == line.count)
            for (row, next) in zip(rows, rows.dropFirst()) { #expect(row.end == next.start) }
            for row in rows where row.end - row.start > 1 { #expect(row.width <= width) }
            for index in 0...line.count {
                let offset = LineText.utf8Offset(ofGrapheme: index, in: line)
                #expect(wrapped.layout.utf8Offset(ofGrapheme: index, in: line) == offset)
                let row = rows[wrapped.layout.row(containing: index)]
                let before = line.dropFirst(row.start).prefix(index - row.start).map { LineText.visible($0) }
                #expect(wrapped.layout.column(of: index, in: line) == displayWidth(of: String(before)))
                let boundary = wrapped.layout.boundary(before: offset)
                #expect(boundary.grapheme <= index && boundary.utf8 <= offset)
                #expect(boundary.utf8 < offset || offset == 0)
            }
            let shown = rows.indices.map { wrapped.layout.visibleText(ofRow: $0, in: line) }.joined()
            #expect(shown == String(line.map { LineText.visible($0) }))
        }
    }
}
