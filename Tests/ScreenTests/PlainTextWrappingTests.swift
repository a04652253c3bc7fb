import Testing
@testable import Screen

/// The plain-text shortcut of `wrap` gives the general wrapper's lines, and steps aside for
/// text it does not cover.
@Suite struct PlainTextWrappingTests {
    /// A repeatable stream of numbers (SplitMix64), so a failure names a text one can rerun.
    struct Numbers {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Words of Latin and Cyrillic letters, punctuation and dashes, with runs of spaces
    /// anywhere, the start and end included.
    static func text(_ numbers: inout Numbers) -> String {
        let pieces = ["a", "event", "loop", "asyncio.gather()", "Как", "работает", "корутина", "—", "«ключ»", "§1",
                      "очень_длинное_название_функции_без_пробелов", "x", "é", "½", "…"]
        var text = ""
        for _ in 0..<numbers.next(below: 12) {
            text += String(repeating: " ", count: numbers.next(below: 4) == 0 ? numbers.next(below: 4) : 1)
            text += pieces[numbers.next(below: pieces.count)]
        }
        if numbers.next(below: 3) == 0 { text += String(repeating: " ", count: numbers.next(below: 3)) }
        return text
    }

    @Test func givesTheGeneralWrappersLines() {
        var numbers = Numbers(state: 42)
        for _ in 0..<3000 {
            let text = Self.text(&numbers)
            let first = numbers.next(below: 30), rest = numbers.next(below: 30)
            let fast = wrapPlainNarrow(text, firstLineWidth: first, continuationWidth: rest)
            #expect(fast != nil, "\(text.debugDescription) is plain text")
            #expect(fast == wrapGenerally(text, firstLineWidth: first, continuationWidth: rest),
                    "\(text.debugDescription) at \(first)/\(rest)")
        }
    }

    @Test func givesTheGeneralWrappersLinesAtTheEdges() {
        for text in ["", " ", "   ", "word", " word", "word ", "a  b", "  two  spaces  "] {
            for width in 0...6 {
                #expect(wrapPlainNarrow(text, firstLineWidth: width, continuationWidth: width)
                        == wrapGenerally(text, firstLineWidth: width, continuationWidth: width), "\(text.debugDescription) at \(width)")
            }
        }
    }

    /// The same words as spans of a few styles, split anywhere (inside words too).
    static func spans(_ numbers: inout Numbers) -> [Span] {
        let styles = [Style.plain, Style(attributes: .bold), Style(foreground: .red), Style(attributes: .underline)]
        var spans: [Span] = []
        for _ in 0..<numbers.next(below: 5) {
            let text = Self.text(&numbers)
            var rest = Substring(text)
            while !rest.isEmpty {
                let cut = rest.index(rest.startIndex, offsetBy: 1 + numbers.next(below: rest.count))
                spans.append(Span(String(rest[..<cut]), style: styles[numbers.next(below: styles.count)]))
                rest = rest[cut...]
            }
            if numbers.next(below: 4) == 0 { spans.append(Span("", style: styles[numbers.next(below: styles.count)])) }
        }
        return spans
    }

    @Test func givesTheGeneralWrappersStyledLines() {
        var numbers = Numbers(state: 7)
        for _ in 0..<3000 {
            let spans = Self.spans(&numbers)
            let first = numbers.next(below: 30), rest = numbers.next(below: 30)
            let fast = wrapPlainNarrow(spans, firstLineWidth: first, continuationWidth: rest)
            #expect(fast != nil)
            #expect(fast == wrapGenerally(spans, firstLineWidth: first, continuationWidth: rest), "\(spans) at \(first)/\(rest)")
        }
    }

    @Test(arguments: ["tab\there", "two\nlines", "wide 漢字", "e\u{301}", "emoji 👍", "bell \u{7}", "cr\r\n"])
    func leavesOtherTextToTheGeneralWrapper(_ text: String) {
        #expect(wrapPlainNarrow(text, firstLineWidth: 10, continuationWidth: 10) == nil)
    }
}
