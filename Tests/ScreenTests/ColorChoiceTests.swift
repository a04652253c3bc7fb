import Testing
@testable import Screen

/// Which colours the browser draws with: from terminfo's count and RGB flag, and from
/// COLORTERM, which asks for the terminal's direct-colour entry.
@Suite struct ColorChoiceTests {
    @Test func terminfoDecidesTheKindOfColour() {
        #expect(ColorSupport(colors: 1 << 24, hasRGBFlag: true) == .trueColor)
        #expect(ColorSupport(colors: 1 << 24, hasRGBFlag: false) == .trueColor)
        #expect(ColorSupport(colors: 256, hasRGBFlag: false) == .indexed256)
        #expect(ColorSupport(colors: 256, hasRGBFlag: true) == .indexed256)
        #expect(ColorSupport(colors: 88, hasRGBFlag: false) == .ansi16)
        #expect(ColorSupport(colors: 8, hasRGBFlag: false) == .ansi8)
        #expect(ColorSupport(colors: 0, hasRGBFlag: false) == .monochrome)
    }

    @Test func colortermAsksForTheDirectColourEntryOfTheSameTerminal() {
        #expect(ColorSupport.directColorTerminal(for: "xterm-256color", colorTerm: "truecolor") == "xterm-direct")
        #expect(ColorSupport.directColorTerminal(for: "tmux-256color", colorTerm: "24bit") == "tmux-direct")
        #expect(ColorSupport.directColorTerminal(for: "xterm", colorTerm: "TrueColor") == "xterm-direct")
        #expect(ColorSupport.directColorTerminal(for: "xterm-256color", colorTerm: nil) == nil)
        #expect(ColorSupport.directColorTerminal(for: "xterm-256color", colorTerm: "yes") == nil)
        #expect(ColorSupport.directColorTerminal(for: "xterm-direct", colorTerm: "truecolor") == nil)
        #expect(ColorSupport.directColorTerminal(for: "", colorTerm: "truecolor") == nil)
    }

    @Test func aTrueColourTerminalKeepsRGBValuesTheOthersTheNearest() {
        let teal = Color.rgb(0x20, 0x90, 0x88)
        #expect(teal.approximated(for: .trueColor) == teal)
        #expect(Color.indexed(75).approximated(for: .trueColor) == .indexed(75))
        #expect(Color.brightRed.approximated(for: .trueColor) == .brightRed)
        #expect(teal.approximated(for: .indexed256) == .indexed(Color.nearestIndex256(0x20, 0x90, 0x88)))
        guard case .indexed = teal.approximated(for: .indexed256) else { Issue.record("not a palette index"); return }
        guard case .ansi = teal.approximated(for: .ansi16) else { Issue.record("not one of 16"); return }
    }
}
