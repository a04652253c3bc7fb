import Testing
@testable import PythonSyntax

@Suite struct StringTests {
    @Test(arguments: ["'single'", "\"double\"", "'''triple'''", "\"\"\"triple\"\"\"", "''", "\"\"",
                      "r'raw \\d'", "R\"raw\"", "b'bytes'", "B\"x\"", "u'text'", "U\"text\"",
                      "br'\\x00'", "Rb\"x\"", "rB'x'", "BR\"y\"", "f'plain'", "rf'x'", "FR\"x\""])
    func literalsWithPrefixesAreStrings(literal: String) {
        #expect(lexed("x = \(literal)") == [
            Lexeme("x", .identifier), Lexeme("=", .operator), Lexeme(literal, .string),
        ])
    }

    @Test func notAPrefix() {
        #expect(lexed("ur'x'").prefix(2) == [Lexeme("ur", .identifier), Lexeme("'x'", .string)])
        #expect(lexed("rr'x'").first == Lexeme("rr", .identifier))
    }

    @Test func escapes() {
        let escapes = lexed(#"s = "a\tb\n \\ \" \x41 \101 \0 \u00e9 \U0001F600 \N{BULLET} \d""#)
            .filter { $0.kind == .stringEscape }.map(\.text)
        #expect(escapes == [#"\t"#, #"\n"#, #"\\"#, #"\""#, #"\x41"#, #"\101"#, #"\0"#, #"\u00e9"#,
                            #"\U0001F600"#, #"\N{BULLET}"#])
    }

    @Test func bytesHaveNoUnicodeEscapes() {
        let escapes = lexed(#"b"\x00 \u00e9 \N{X}""#).filter { $0.kind == .stringEscape }.map(\.text)
        #expect(escapes == [#"\x00"#])
    }

    @Test func rawStringsKeepBackslashes() {
        #expect(lexed(#"r"\n \d""#) == [Lexeme(#"r"\n \d""#, .string)])
        // In a raw string a backslash still stops the quote from closing it.
        #expect(lexed(#"r"a\"b""#).map(\.kind) == [.string, .stringEscape, .string])
    }

    @Test func docstringsAreWhollyString() {
        let source = "def f():\n    \"\"\"Doc with \\n and %s and {x}.\"\"\"\n"
        #expect(lexed(source).filter { $0.text.contains("Doc") }
            == [Lexeme("\"\"\"Doc with \\n and %s and {x}.\"\"\"", .string)])
    }

    @Test func tripleQuotedStringsSpanLines() {
        let tokens = lexed("x = '''one\n'two'\n''' + y")
        #expect(tokens.map(\.kind) == [.identifier, .operator, .string, .operator, .identifier])
        #expect(tokens[2].text == "'''one\n'two'\n'''")
    }

    @Test func percentPlaceholders() {
        let placeholders = lexed(#""%s %d %(name)s %-10.3f %% %5i 100%" % x"#)
            .filter { $0.kind == .stringInterpolation }.map(\.text)
        #expect(placeholders == ["%s", "%d", "%(name)s", "%-10.3f", "%%", "%5i"])
    }

    @Test func formatPlaceholders() {
        let placeholders = lexed(#""{} {0} {name} {0.attr} {1[key]} {x!r} {y:>10} {z:08.3f} {:,} {{no}} {bad".format()"#)
            .filter { $0.kind == .stringInterpolation }.map(\.text)
        #expect(placeholders == ["{}", "{0}", "{name}", "{0.attr}", "{1[key]}", "{x!r}", "{y:>10}",
                                 "{z:08.3f}", "{:,}"])
    }

    @Test func lineContinuationInsideAString() {
        let tokens = lexed("s = 'one \\\ntwo'\nx")
        #expect(tokens.map(\.kind) == [.identifier, .operator, .string, .stringEscape, .string, .identifier])
    }
}
