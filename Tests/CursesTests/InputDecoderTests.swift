import Testing
import Screen
@testable import Curses

@Suite struct InputDecoderTests {
    /// Feeds each scalar of `text`, then says input paused, and returns every event.
    private func decode(_ text: String, decoder: inout InputDecoder) -> [InputEvent] {
        var events: [InputEvent] = []
        for scalar in text.unicodeScalars { events += decoder.feed(.character(scalar)) }
        events += decoder.inputPaused()
        return events
    }

    private func decode(_ text: String) -> [InputEvent] {
        var decoder = InputDecoder()
        return decode(text, decoder: &decoder)
    }

    @Test func printableCharactersIncludingCyrillic() {
        #expect(decode("jЖ中") == [.character("j"), .character("Ж"), .character("中")])
    }

    @Test func controlCharactersBecomeKeys() {
        #expect(decode("\r\n\t\u{7F}\u{08}") == [.key(.enter), .key(.enter), .key(.tab), .key(.backspace), .key(.backspace)])
        #expect(decode("\u{01}\u{1A}\u{00}") == [
            .key(.character("a"), .ctrl), .key(.character("z"), .ctrl), .key(.character(" "), .ctrl),
        ])
    }

    @Test func loneEscapeIsTheEscapeKey() {
        #expect(decode("\u{1B}") == [.key(.escape)])
        var decoder = InputDecoder()
        #expect(decoder.feed(.character("\u{1B}")) == [])
        #expect(decoder.isPending)
        #expect(decoder.inputPaused() == [.key(.escape)])
        #expect(!decoder.isPending)
    }

    @Test func escapePrefixIsAlt() {
        #expect(decode("\u{1B}x\u{1B}Ф") == [.key(.character("x"), .alt), .key(.character("Ф"), .alt)])
        #expect(decode("\u{1B}\r") == [.key(.enter, .alt)])
        #expect(decode("\u{1B}[") == [.key(.character("["), .alt)])
    }

    @Test func escapeBeforeAKeyCodeIsAltWithThatKey() {
        var decoder = InputDecoder(keyCodes: [500: (.up, [])])
        #expect(decoder.feed(.character("\u{1B}")) == [])
        #expect(decoder.feed(.keyCode(500)) == [.key(.up, .alt)])
    }

    @Test func xtermSequencesNcursesMissed() {
        #expect(decode("\u{1B}[A\u{1B}[1;5C\u{1B}[1;2D\u{1B}OH") == [
            .key(.up), .key(.right, .ctrl), .key(.left, .shift), .key(.home),
        ])
        #expect(decode("\u{1B}[5~\u{1B}[3;3~\u{1B}[15~\u{1B}[Z") == [
            .key(.pageUp), .key(.delete, .alt), .key(.function(5)), .key(.backTab),
        ])
    }

    @Test func altBracketFollowedByText() {
        #expect(decode("\u{1B}[Ж") == [.key(.character("["), .alt), .character("Ж")])
        #expect(decode("\u{1B}[1\r") == [.key(.enter)])  // a broken sequence is dropped
    }

    @Test func unknownSequencesAreDroppedNotTyped() {
        #expect(decode("\u{1B}[I\u{1B}[O\u{1B}[99~x") == [.character("x")])
    }

    @Test func bracketedPasteArrivesWhole() {
        let events = decode("a\u{1B}[200~line 1\rстрока 2\r\n\u{1B}[Aq\u{1B}[201~b")
        #expect(events == [.character("a"), .paste("line 1\nстрока 2\n\u{1B}[Aq"), .character("b")])
    }

    @Test func pasteWaitsAcrossPausesUntilEnded() {
        var decoder = InputDecoder()
        _ = decode("\u{1B}[200~abc", decoder: &decoder)
        #expect(decoder.isInPaste)
        #expect(decoder.inputPaused() == [])
        #expect(decoder.endPaste() == [.paste("abc")])
        #expect(!decoder.isPending)
    }

    @Test func keyCodesMapThroughTheTable() {
        var decoder = InputDecoder(keyCodes: [600: (.right, .ctrl)])
        #expect(decoder.feed(.keyCode(600)) == [.key(.right, .ctrl)])
        #expect(decoder.feed(.keyCode(601)) == [])
    }

    @Test func xtermModifierParameters() {
        #expect(modifiers(xtermParameter: 1) == [])
        #expect(modifiers(xtermParameter: 2) == .shift)
        #expect(modifiers(xtermParameter: 5) == .ctrl)
        #expect(modifiers(xtermParameter: 8) == [.shift, .alt, .ctrl])
    }
}

@Suite struct MouseMappingTests {
    private let masks = MouseMasks(left: 1 << 1, middle: 1 << 7, right: 1 << 13, wheelUp: 1 << 19,
                                   wheelDown: 1 << 25, shift: 1 << 29, ctrl: 1 << 30, alt: 1 << 28)

    @Test func pressesAndWheel() {
        #expect(masks.event(state: 1 << 1, x: 3, y: 4) == MouseEvent(.press(.left), at: Point(x: 3, y: 4)))
        #expect(masks.event(state: 1 << 13, x: 0, y: 0)?.kind == .press(.right))
        #expect(masks.event(state: 1 << 19, x: 0, y: 0)?.kind == .wheelUp)
        #expect(masks.event(state: 1 << 25, x: 0, y: 0)?.kind == .wheelDown)
        #expect(masks.event(state: (1 << 1) | (1 << 30), x: 0, y: 0)?.modifiers == .ctrl)
        #expect(masks.event(state: 1 << 2, x: 0, y: 0) == nil)  // a release
    }

    @Test func realMasksAreDistinct() {
        let current = MouseMasks.current
        let all = [current.left, current.middle, current.right, current.wheelUp, current.wheelDown]
        #expect(Set(all).count == 5)
        #expect(all.allSatisfy { $0 != 0 })
    }

    @Test func aCodeSetAgainTakesItsNewMeaning() {
        var table: KeyCodes = [700: (.up, []), 300: (.down, []), 900: (.home, [])]
        table.set((.left, .ctrl), for: 700)
        table.set((.end, []), for: 100)
        #expect(table.key(for: 700)?.key == .left && table.key(for: 700)?.modifiers == .ctrl)
        #expect([100, 300, 900].map { table.key(for: Int32($0))?.key } == [.end, .down, .home])
        #expect(table.key(for: 500) == nil && table.key(for: 0) == nil && table.key(for: 1000) == nil)
    }

    @Test func standardKeyCodesCoverArrowsAndFunctionKeys() {
        let table = KeyCodes.standard
        #expect(table.key(for: 0o403)?.key == .up)  // KEY_UP
        #expect(table.key(for: 0o410 + 5)?.key == .function(5))  // KEY_F(5)
        #expect(table.key(for: 0o541)?.key == .backTab)  // KEY_BTAB
    }
}

@Suite struct FrameWriterColorTests {
    @Test func paletteColoursByTerminalKind() {
        let indexed = FrameWriter(colorSupport: .indexed256, hasDefaultColors: true)
        #expect(indexed.number(of: .indexed(196), defaultNumber: 7) == 196)
        #expect(indexed.number(of: .rgb(255, 0, 0), defaultNumber: 7) == 196)
        #expect(indexed.number(of: .default, defaultNumber: 7) == -1)
        let basic = FrameWriter(colorSupport: .ansi8, hasDefaultColors: false)
        #expect(basic.number(of: .brightRed, defaultNumber: 7) == 1)
        #expect(basic.number(of: .default, defaultNumber: 7) == 7)
    }

    @Test func directColourTerminalsGetRGBValues() {
        let direct = FrameWriter(colorSupport: .indexed256, hasDefaultColors: true, isDirectColor: true)
        #expect(direct.number(of: .rgb(0x12, 0x34, 0x56), defaultNumber: 7) == 0x123456)
        #expect(direct.number(of: .red, defaultNumber: 7) == 1)
        #expect(direct.number(of: .indexed(196), defaultNumber: 7) == 0xFF0000)
        // RGB black is not ANSI colour 0 (the terminal's own black, often not black at all).
        #expect(direct.number(of: .indexed(16), defaultNumber: 7) == 8)
        #expect(direct.number(of: .rgb(0, 0, 3), defaultNumber: 7) == 8)
    }
}

@Suite struct ClipboardTests {
    @Test func clipboardEscapeIsOSC52() {
        #expect(clipboardEscape(for: "hi") == "\u{1B}]52;c;aGk=\u{7}")
        #expect(clipboardEscape(for: "ж\n") == "\u{1B}]52;c;0LYK\u{7}")
    }
}
