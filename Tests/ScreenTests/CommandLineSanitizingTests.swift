import Testing
@testable import Screen

/// The command line's sanitising is the Buffer's: `visibleText` and the quick scan agree
/// with `visibleCharacter` on every scalar that matters.
@Suite struct CommandLineSanitizingTests {
    /// Every scalar up to U+2FFF (controls, separators, bidi controls and their neighbours).
    static let scalars: [Unicode.Scalar] = (0...0x2FFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func theQuickScanFindsEveryCharacterThatChanges() {
        for scalar in Self.scalars {
            let character = Character(scalar)
            let text = "a" + String(character) + "b"
            if visibleCharacter(character) != character {
                #expect(!isVisibleAsIs(utf8: text.utf8), "U+\(String(scalar.value, radix: 16)) was missed")
            }
        }
    }

    @Test func theQuickScanPassesCleanText() {
        #expect(isVisibleAsIs(utf8: "Вопрос 1: семафор\tи event loop\n— «кавычки» ⋯ 😀".utf8))
    }

    @Test func visibleTextKeepsLinesAndTabs() {
        let text = "title \u{1B}]52;c;SGVsbG8=\u{07} end\n\tnext \u{9B}2J \u{202E}rtl\u{2069}\n"
        let shown = visibleText(text)
        #expect(shown == "title \u{241B}]52;c;SGVsbG8=\u{2407} end\n\tnext \u{FFFD}2J \u{FFFD}rtl\u{FFFD}\n")
        #expect(isVisibleAsIs(utf8: shown.utf8))
    }

    @Test func cleanTextIsReturnedAsItIs() {
        let text = "plain\ntext\twith tabs"
        #expect(visibleText(text) == text)
    }
}
