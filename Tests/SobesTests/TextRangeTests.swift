import Testing
@testable import sobes

@Suite struct TextRangeTests {
    @Test func characterRangesBecomeBytesAndCodePoints() {
        // "é" here is e + U+0301: one Character, two code points, three bytes; Cyrillic is two bytes a letter.
        let text = "e\u{301} семафор 😀x"
        let ranges = TextRange.ranges(ofCharacters: [0..<1, 2..<9, 10..<11], in: text)
        #expect(ranges == [
            TextRange(bytes: [0, 3], codePoints: [0, 2]),
            TextRange(bytes: [4, 18], codePoints: [3, 10]),
            TextRange(bytes: [19, 23], codePoints: [11, 12]),
        ])
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[4..<18], as: UTF8.self) == "семафор")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[3..<10])) == "семафор")
    }

    @Test func noRangesNoWork() {
        #expect(TextRange.ranges(ofCharacters: [], in: "abc").isEmpty)
    }
}
