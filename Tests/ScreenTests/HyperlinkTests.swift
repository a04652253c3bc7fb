import Testing
@testable import Screen

@Suite struct HyperlinkTests {
    @Test func controlBytesRefuseTheLinkAndTheRestIsMadePrintable() {
        #expect(Hyperlink.sanitized("https://example.com/a?b=c#d") == "https://example.com/a?b=c#d")
        #expect(Hyperlink.sanitized("https://ru.wikipedia.org/wiki/Очередь б") == "https://ru.wikipedia.org/wiki/%D0%9E%D1%87%D0%B5%D1%80%D0%B5%D0%B4%D1%8C%20%D0%B1")
        #expect(Hyperlink.sanitized("https://x/<$<5>>") == "https://x/%3C$%3C5%3E%3E")
        for hostile in ["https://x/\u{1B}]52;c;AAAA\u{7}", "https://x/\u{7}", "https://x/\u{9B}31m", "https://x/\n", "https://x/\u{7F}", ""] {
            #expect(Hyperlink.sanitized(hostile) == nil, "\(hostile.debugDescription)")
        }
        #expect(Hyperlink.sanitized("https://x/" + String(repeating: "a", count: Hyperlink.maximumLength)) == nil)
    }

    @Test func theEscapesAreOSC8WithAnID() {
        #expect(Hyperlink.open("https://x/", id: 3) == "\u{1B}]8;id=sobes-3;https://x/\u{1B}\\")
        #expect(Hyperlink.close == "\u{1B}]8;;\u{1B}\\")
    }

    @Test func supportIsDecidedByTheOverrideThenTERM() {
        #expect(Hyperlink.isEnabled(environment: ["TERM": "xterm-256color"], isTerminal: true))
        #expect(Hyperlink.isEnabled(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], isTerminal: true))
        #expect(!Hyperlink.isEnabled(environment: ["TERM": "linux"], isTerminal: true))
        #expect(!Hyperlink.isEnabled(environment: ["TERM": "dumb"], isTerminal: true))
        #expect(!Hyperlink.isEnabled(environment: [:], isTerminal: true))
        #expect(Hyperlink.isEnabled(environment: ["TERM": "linux", "SOBES_HYPERLINKS": "1"], isTerminal: true))
        #expect(!Hyperlink.isEnabled(environment: ["TERM": "xterm-kitty", "SOBES_HYPERLINKS": "0"], isTerminal: true))
        #expect(!Hyperlink.isEnabled(environment: ["TERM": "xterm", "SOBES_HYPERLINKS": "1"], isTerminal: false))
    }

    @Test func ansiTextWrapsLinkedSpansOnly() {
        let lines: [StyledLine] = [[Span("see "), Span("docs", style: Style(link: 1)), Span(" and "), Span("inside", style: Style(link: 2))]]
        #expect(ansiText(lines, color: false, hyperlinks: ["https://d/", nil])
                == "see \u{1B}]8;id=sobes-1;https://d/\u{1B}\\docs\u{1B}]8;;\u{1B}\\ and inside\n")
        #expect(ansiText(lines, color: false) == "see docs and inside\n")
        // A hostile target is dropped, its text stays.
        #expect(ansiText(lines, color: false, hyperlinks: ["https://d/\u{1B}", nil]) == "see docs and inside\n")
    }

    /// Frames are compared byte by byte: a padding byte inside a style would make equal
    /// frames look different (and send a frame for a key that changed nothing).
    @Test func theLinkAddsNoPaddingToAStyle() {
        #expect(MemoryLayout<Style>.size == 2 * MemoryLayout<Color>.size + MemoryLayout<UInt16>.size + MemoryLayout<Attributes>.size)
    }

    @Test func aPatchKeepsTheLink() {
        #expect(Style(link: 4).patched(with: Style(attributes: .reverse)).link == 4)
        #expect(displayWidth(of: "⚑") == 1)
    }
}
