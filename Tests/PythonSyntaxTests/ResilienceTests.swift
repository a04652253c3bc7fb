import Testing
@testable import PythonSyntax

/// Any input is covered by ordered, contiguous, non-empty spans, and nothing hangs.
@Suite struct ResilienceTests {
    static let awkwardInputs: [String] = [
        "", "\n", "'", "\"", "'''", "\"\"\"", "f'", "f'{", "f'{x", "f'{x!", "f'{x:", "f\"{'", "rb'\\",
        "'unterminated\nx = 1", "\"\"\"never closed\n\nstill inside", "f'{\n}'", "f'''{\n'''",
        "\0\0\0", "\u{01}\u{02}\u{1B}[31m", "x = 1 \\", "@", "@.", "0x", "0b2", "1e", "1e+", ".",
        "def", "class", "import", "from", "match", "case", "type", "match x", "case [",
        "}}}{{{", ")]}", "f'{{{{'", "f'}'", "'%'", "'%(", "'{'", "'{0[}'", "'{:'", "\\N{",
        "\"\\N{BULLET\"", "b'\\u'", "# only a comment", "\r\n\r\n", "\u{00A0}x\u{3000}=\u{2003}1",
        "привет = 'мир'", "😀 = f'{😀}'", String(repeating: "f'{", count: 500),
        String(repeating: "(", count: 10_000), String(repeating: "'''", count: 1001),
    ]

    @Test(arguments: awkwardInputs)
    func awkwardInputIsCovered(source: String) {
        let tokens = PythonLexer().tokens(in: source)
        #expect(coversContiguously(tokens, count: source.utf8.count))
    }

    @Test func invalidUTF8IsCovered() {
        let bytes: [UInt8] = [0x78, 0x20, 0x3D, 0x20, 0xFF, 0xFE, 0x27, 0xC3, 0x27, 0x0A, 0xE2, 0x82, 0x0A, 0x80]
        let tokens = bytes.withUnsafeBufferPointer { PythonLexer().tokens(inUTF8: $0) }
        #expect(coversContiguously(tokens, count: bytes.count))
    }

    @Test func everyByteValueIsCovered() {
        let bytes = (0...255).map { UInt8($0) } + (0...255).map { UInt8(255 - $0) }
        let tokens = bytes.withUnsafeBufferPointer { PythonLexer().tokens(inUTF8: $0) }
        #expect(coversContiguously(tokens, count: bytes.count))
    }

    @Test func singleQuotedStringEndsAtTheLineEnd() {
        #expect(lexed("s = 'open\nx = 1") == [
            Lexeme("s", .identifier), Lexeme("=", .operator), Lexeme("'open", .string),
            Lexeme("x", .identifier), Lexeme("=", .operator), Lexeme("1", .number),
        ])
        // ...and takes any f-string it is nested in with it.
        #expect(lexed("f'{g(\"open\nx").last == Lexeme("x", .identifier))
    }

    @Test func tripleQuotedStringRunsToTheEnd() {
        #expect(lexed("s = '''open\nx = 1\n").last == Lexeme("'''open\nx = 1\n", .string))
    }

    @Test func nulAndControlCharactersAreText() {
        #expect(lexed("a\0b\u{07}").map(\.kind) == [.identifier, .text, .identifier, .text])
        #expect(lexed("'a\0b'") == [Lexeme("'a\0b'", .string)])
    }

    @Test func aLineOfMegabytes() {
        let line = "x = [" + String(repeating: "'ab\\n', 0x1F, name, ", count: 60_000) + "]"
        let tokens = PythonLexer().tokens(in: line)
        #expect(line.utf8.count > 1_000_000)
        #expect(coversContiguously(tokens, count: line.utf8.count))
        #expect(tokens.filter { $0.kind == .stringEscape }.count == 60_000)
    }

    /// Inputs that would take minutes if a look-ahead rescanned the rest of the line.
    @Test(arguments: ["'{a[", "'\\N{", "'%(a", "'{:000", "'%0000", "f'{x=    ", "@a.", "from     "])
    func repeatedLookAheadsStayLinear(unit: String) {
        let source = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        let tokens = PythonLexer().tokens(in: source)
        #expect(coversContiguously(tokens, count: source.utf8.count))
    }

    @Test func aStringOfMegabytes() {
        let source = "s = \"" + String(repeating: "a", count: 2_000_000)
        let tokens = PythonLexer().tokens(in: source)
        #expect(coversContiguously(tokens, count: source.utf8.count))
        #expect(tokens.last?.kind == .string)
    }
}
