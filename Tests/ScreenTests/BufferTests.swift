import Testing
@testable import Screen

@Suite struct BufferTests {
    @Test func putWritesTextAndReturnsTheNextPosition() {
        var buffer = Buffer(width: 10, height: 2)
        let end = buffer.put("Привет", at: Point(x: 1, y: 0))
        #expect(end == Point(x: 7, y: 0))
        #expect(buffer.lines() == [" Привет", ""])
    }

    @Test func putClipsToTheBufferAndTheClipRect() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.put("abcdefgh", at: Point(x: 2, y: 0))
        buffer.put("012345", at: Point(x: 0, y: 1), clip: Rect(x: 1, y: 1, width: 3, height: 1))
        #expect(buffer.lines() == ["  abcd", " 123"])
        buffer.put("zz", at: Point(x: -1, y: 0))
        #expect(buffer.lines()[0] == "z abcd")
    }

    @Test func putOutsideTheBufferChangesNothing() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("xx", at: Point(x: 0, y: 5))
        buffer.put("xx", at: Point(x: 9, y: 0))
        buffer.put("xx", at: Point(x: 0, y: -1))
        #expect(buffer == Buffer(width: 4, height: 1))
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = Buffer(width: 6, height: 1)
        let end = buffer.put("中a文", at: .zero)
        #expect(end.x == 5)
        #expect(buffer.lines() == ["中a文"])
        #expect(buffer[0, 0].grapheme == "中")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].grapheme == "a")
        #expect(buffer[4, 0].isContinuation)
    }

    @Test func wideCharacterThatDoesNotFitAtTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.put("abcd中", at: .zero)
        #expect(buffer[4, 0] == Cell(" "))
        #expect(buffer.lines() == ["abcd"])
        var clipped = Buffer(width: 6, height: 1)
        clipped.put("ab中", at: .zero, style: Style(attributes: .bold), clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(clipped[2, 0].grapheme == " ")
        #expect(clipped[2, 0].style.attributes == .bold)
        #expect(clipped[3, 0] == .blank)
    }

    @Test func wideCharacterCutByTheLeftEdgeOfTheClipShowsASpace() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.fill(buffer.area, with: Cell("."))
        buffer.put("中b", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(buffer.lines() == [". b."])
    }

    @Test func overwritingHalfAWideCharacterLeavesNoOrphanHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("中文", at: .zero)
        buffer.put("x", at: Point(x: 1, y: 0))  // right half of 中
        #expect(buffer.lines() == [" x文"])
        #expect(!buffer[1, 0].isContinuation)
        buffer.put("y", at: Point(x: 2, y: 0))  // left half of 文
        #expect(buffer.lines() == [" xy"])
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("e\u{301}x", at: .zero)
        #expect(buffer[0, 0].grapheme == "e\u{301}")
        #expect(buffer[1, 0].grapheme == "x")
        buffer.put("\u{308}", at: Point(x: 2, y: 0))  // a lone mark written after x
        #expect(buffer[1, 0].grapheme == "x\u{308}")
        #expect(buffer[2, 0] == .blank)
    }

    @Test func newlineContinuesAtTheOriginColumnAndTabsExpand() {
        var buffer = Buffer(width: 12, height: 3)
        buffer.tabWidth = 4
        buffer.put("ab\ncd\tx", at: Point(x: 2, y: 0))
        #expect(buffer.lines() == ["  ab", "  cd  x", ""])
    }

    @Test func controlCharactersAreShownVisibly() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("a\u{1B}[31mb\u{7}\u{7F}\u{9B}\r", at: .zero)
        #expect(buffer.lines() == ["a\u{241B}[31mb\u{2407}\u{2421}\u{FFFD}\u{240D}"])
        for cell in buffer.cells {
            for scalar in cell.grapheme.unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)))
            }
        }
    }

    @Test func styleIsReadableAndCanBePatched() {
        var buffer = Buffer(width: 5, height: 1)
        let bold = Style(foreground: .red, attributes: .bold)
        buffer.put("abc", at: .zero, style: bold)
        #expect(buffer.style(at: Point(x: 1, y: 0)) == bold)
        #expect(buffer.style(at: Point(x: 4, y: 0)) == .plain)
        #expect(buffer.style(at: Point(x: 9, y: 0)) == nil)
        buffer.patchStyle(Style(background: .blue, attributes: .reverse), in: Rect(x: 0, y: 0, width: 2, height: 1))
        #expect(buffer.style(at: .zero) == Style(foreground: .red, background: .blue, attributes: [.bold, .reverse]))
        #expect(buffer.lines() == ["abc"])
    }

    @Test func fillCoversTheRectOnly() {
        var buffer = Buffer(width: 4, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 5, height: 1), with: Cell("#"))
        #expect(buffer.lines() == ["", " ###", ""])
        buffer.fill(buffer.area, with: Cell("\u{1B}"))
        #expect(buffer.line(0) == "\u{241B}\u{241B}\u{241B}\u{241B}")
    }

    @Test func fillBreaksWideCharactersItCuts() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("中文", at: .zero)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("-"))
        #expect(buffer.lines() == [" -- "].map { String($0.dropLast()) })
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func aFillOfManyRowsLeavesWhatOneFillARowLeaves() {
        // The rows after the first are copied from it: they must still break the wide
        // characters at their own edges and keep the cells beside the rect.
        var rows = Buffer(width: 7, height: 4)
        for y in 0..<4 { rows.put(y % 2 == 0 ? "中文字x" : "a中文字", at: Point(x: 0, y: y), style: Style(attributes: .bold)) }
        var whole = rows
        let style = Style(background: .blue)
        whole.fill(Rect(x: 1, y: 1, width: 4, height: 3), style: style)
        for y in 1..<4 { rows.fill(Rect(x: 1, y: y, width: 4, height: 1), style: style) }
        #expect(whole == rows)
        #expect(whole.lines() == ["中文字x", "a    字", "      x", "a    字"])
    }

    @Test func spansWriteOneAfterAnother() {
        var buffer = Buffer(width: 10, height: 1)
        let code = Style(foreground: .yellow)
        let end = buffer.put([Span("run "), Span("await", style: code)], at: .zero)
        #expect(end.x == 9)
        #expect(buffer.lines() == ["run await"])
        #expect(buffer.style(at: Point(x: 4, y: 0)) == code)
        #expect(buffer.style(at: Point(x: 3, y: 0)) == .plain)
    }

    @Test func changesListOnlyDifferingCells() {
        var first = Buffer(width: 5, height: 2)
        first.put("hello", at: .zero)
        var second = first
        second.put("j", at: Point(x: 0, y: 0))
        second.put("中", at: Point(x: 1, y: 1))
        var changes: [Point] = []
        second.forEachChange(since: first) { point, _ in changes.append(point) }
        #expect(changes == [Point(x: 0, y: 0), Point(x: 1, y: 1)])
        var all = 0
        second.forEachChange(since: nil) { _, _ in all += 1 }
        #expect(all == 9)  // ten cells, one of them a continuation
    }

    @Test func zeroSizedBufferAcceptsEverything() {
        var buffer = Buffer(width: 0, height: 0)
        buffer.put("abc中", at: .zero)
        buffer.fill(Rect(x: 0, y: 0, width: 3, height: 3))
        #expect(buffer.lines() == [])
    }
}

@Suite struct CellStorageTests {
    @Test func graphemesRoundTrip() {
        for text in [" ", "a", "ж", "中", "😀", "e\u{301}", "🇷🇺", "\u{241B}", ""] {
            #expect(Cell(text).grapheme == text)
        }
    }

    @Test func overlongGraphemesKeepWholeLeadingScalars() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"  // 25 bytes of UTF-8
        let kept = Cell(family).grapheme
        #expect(family.unicodeScalars.starts(with: kept.unicodeScalars))
        #expect(kept.utf8.count <= 15)
        #expect(kept.unicodeScalars.first == "👨")
    }

    @Test func cellsCompareByContentAndStyle() {
        #expect(Cell("ж") == Cell(String("жи".prefix(1))))
        #expect(Cell("ж") != Cell("ж", style: Style(attributes: .bold)))
        #expect(Cell("a") != Cell("b"))
    }
}

@Suite struct GlyphPathTests {
    /// The fast path (one scalar, no segmentation) and Swift's grapheme segmentation agree
    /// (clusters as terminals draw them: see `Glyph.drawable`).
    @Test func bufferCellsMatchSwiftCharacters() {
        let samples = ["Привет, мир", "«цикл» — это…", "‼\u{FE0F}x", "→\u{20D7}", "ё\u{308}ж", "a\u{301}b", "щ\u{483}x", "x\r\ny", "中\u{3099}", "👍🏽!", "ab\u{200D}c"]
        for sample in samples {
            var buffer = Buffer(width: 30, height: 3)
            buffer.put(sample, at: .zero)
            let expected = sample.split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
                line.map { Glyph.drawable(String($0)) }
            }
            for (row, characters) in expected.enumerated() {
                let cells = (0..<30).map { buffer[$0, row] }.filter { !$0.isContinuation }.map(\.grapheme)
                #expect(Array(cells.prefix(characters.count)) == characters, "\(sample)")
            }
        }
    }

    @Test func carriageReturnLineFeedIsOneNewline() {
        var buffer = Buffer(width: 5, height: 3)
        buffer.put("ab\r\ncd", at: .zero)
        #expect(buffer.lines() == ["ab", "cd", ""])
        #expect(wrap("ab\r\ncd", width: 10) == ["ab", "cd"])
    }
}

@Suite struct InputEventTests {
    @Test func typingMakesKeyEvents() {
        #expect(InputEvent.typing("jЖ\n") == [.character("j"), .character("Ж"), .key(.enter)])
    }
}

@Suite struct SanitizingTests {
    @Test func everyControlBecomesAVisibleSymbol() {
        for value in Array(0x00..<0x20) + Array(0x7F..<0xA0) where value != 0x09 && value != 0x0A {
            let visible = visibleCharacter(Character(Unicode.Scalar(UInt32(value))!))
            #expect(visible.unicodeScalars.allSatisfy { $0.value >= 0xA0 }, "U+\(String(value, radix: 16))")
            #expect(displayWidth(of: visible) == 1)
        }
        #expect(visibleCharacter("\u{1B}") == "\u{241B}")
        #expect(visibleCharacter("\u{0}") == "\u{2400}")
        #expect(visibleCharacter("\u{7F}") == "\u{2421}")
        #expect(visibleCharacter("\u{9B}") == "\u{FFFD}")
    }

    @Test func bidiControlsAndLineSeparatorsAreShownNotObeyed() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.put("a\u{202E}b\u{2066}c\u{2028}d", at: .zero)
        #expect(buffer.lines() == ["a\u{FFFD}b\u{FFFD}c\u{FFFD}d"])
    }

    @Test func printableTextIsUnchanged() {
        for character in ["a", "ж", "中", "😀", "e\u{301}", "\t", "\n"] as [Character] {
            #expect(visibleCharacter(character) == character)
        }
    }

    @Test func singleLineShowsNewlinesAndTabs() {
        #expect(visibleSingleLine("a\nb\tc\u{1B}") == "a\u{240A}b\u{2409}c\u{241B}")
    }
}

@Suite struct EmojiClusterTests {
    @Test func joinedEmojiAndModifiersKeepOnlyWhatATerminalDrawsInTheCell() {
        var buffer = Buffer(width: 12, height: 1)
        buffer.put("a👨‍👩‍👧b👍🏽c", at: .zero)
        #expect(buffer.lines() == ["a👨b👍c"])
        #expect(buffer[1, 0].grapheme == "👨")
        #expect(buffer[4, 0].grapheme == "👍")
    }

    @Test func combiningMarksStayOnTheirLetter() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("e\u{301}x", at: .zero)
        #expect(buffer[0, 0].grapheme == "e\u{301}")
        #expect(buffer[1, 0].grapheme == "x")
    }
}
