import Testing
@testable import Screen

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(displayWidth(of: "hello, world") == 12)
        #expect(displayWidth(of: "") == 0)
    }

    @Test func cyrillicIsNarrow() {
        #expect(displayWidth(of: "Асинхронность") == 13)
        #expect(displayWidth(of: Character("ё")) == 1)
    }

    @Test func cjkAndFullwidthAreWide() {
        #expect(displayWidth(of: "中文") == 4)
        #expect(displayWidth(of: Character("Ａ")) == 2)  // U+FF21 fullwidth A
        #expect(displayWidth(of: Character("\u{3000}")) == 2)  // ideographic space
        #expect(displayWidth(of: Character("한")) == 2)
    }

    @Test func emojiWithEmojiPresentationAreWide() {
        #expect(displayWidth(of: Character("😀")) == 2)
        #expect(displayWidth(of: Character("👍🏽")) == 2)  // with a skin-tone modifier
        #expect(displayWidth(of: Character("🇷🇺")) == 2)  // a flag: two regional indicators
        #expect(displayWidth(of: Character("⌚")) == 2)
    }

    @Test func textPresentationSymbolsAreNarrowAsInGlibc() {
        #expect(displayWidth(of: Character("\u{2764}")) == 1)  // ❤ without VS16
        #expect(displayWidth(of: Character("│")) == 1)
        #expect(displayWidth(of: Character("→")) == 1)
    }

    @Test func combiningMarksAddNothing() {
        #expect(displayWidth(of: "e\u{301}") == 1)
        #expect(displayWidth(of: "й") == 1)  // и + U+0306 decomposed
        #expect(displayWidth(of: Character("\u{301}")) == 0)  // a lone mark
        #expect(displayWidth(of: Unicode.Scalar(0x0301)!) == 0)
    }

    @Test func zeroWidthCharactersMeasureZero() {
        #expect(displayWidth(of: Character("\u{200B}")) == 0)
        #expect(displayWidth(of: Character("\u{200D}")) == 0)
        #expect(displayWidth(of: Unicode.Scalar(0x1B)) == 0)
    }

    @Test func controlsMeasureAsTheBufferShowsThem() {
        #expect(displayWidth(of: Character("\u{1B}")) == 1)  // drawn as ␛
        #expect(displayWidth(of: Character("\u{85}")) == 1)  // drawn as �
        #expect(displayWidth(of: Character("\t")) == 0)
        #expect(displayWidth(of: Character("\n")) == 0)
        #expect(displayWidth(of: "a\u{1B}[1m") == 5)
        #expect(displayWidth(of: "a\u{1B}[1m") == "a\u{1B}[1m".reduce(0) { $0 + displayWidth(of: $1) })
    }

    @Test func mixedText() {
        #expect(displayWidth(of: "Вопрос 中: ok😀") == 15)
    }
}
