import Testing
@testable import PythonSyntax

@Suite struct FStringTests {
    @Test func replacementFieldIsCode() {
        #expect(lexed(#"f"Hi {name.upper()}!""#) == [
            Lexeme(#"f"Hi "#, .string), Lexeme("{", .stringInterpolation), Lexeme("name", .identifier),
            Lexeme(".", .operator), Lexeme("upper", .identifier), Lexeme("()", .punctuation),
            Lexeme("}", .stringInterpolation), Lexeme(#"!""#, .string),
        ])
    }

    @Test func conversionsAndSelfDocumenting() {
        let fields = lexed(#"f"{a!r} {b=} {c = } {d=!s} {e=:>5}""#)
            .filter { $0.kind == .stringInterpolation }.map(\.text)
        #expect(fields == ["{", "!r}", "{", "=}", "{", "= }", "{", "=!s}", "{", "=:", "}"])
    }

    @Test func formatSpecsAndNestedFields() {
        #expect(lexed(#"f"{x:>{width}.2f}""#) == [
            Lexeme(#"f""#, .string), Lexeme("{", .stringInterpolation), Lexeme("x", .identifier),
            Lexeme(":", .stringInterpolation), Lexeme(">", .string), Lexeme("{", .stringInterpolation),
            Lexeme("width", .identifier), Lexeme("}", .stringInterpolation), Lexeme(".2f", .string),
            Lexeme("}", .stringInterpolation), Lexeme(#"""#, .string),
        ])
    }

    @Test func nestedQuotesPEP701() {
        let tokens = lexed(#"f"{d["key"]} {", ".join(xs)} {f"in {y}"}""#)
        #expect(tokens.contains(Lexeme(#""key""#, .string)))
        #expect(tokens.contains(Lexeme(#"", ""#, .string)))
        #expect(tokens.contains(Lexeme("join", .identifier)))
        #expect(tokens.contains(Lexeme(#"f"in "#, .string)))
        #expect(tokens.contains(Lexeme("y", .identifier)))
        #expect(tokens.last == Lexeme(#"""#, .string))
    }

    @Test func bracketsAndOperatorsInsideFields() {
        let tokens = lexed(#"f"{ {'a': 1}['a'] } {a != b} {x if y else z} {n:=5}""#)
        #expect(tokens.contains(Lexeme(":", .punctuation)))  // the dict's colon, not a format spec
        #expect(tokens.contains(Lexeme("!=", .operator)))
        #expect(tokens.contains(Lexeme("if", .keyword)))
    }

    @Test func doubledBracesAreEscapes() {
        #expect(lexed(#"f"{{x}} {y}""#).filter { $0.kind == .stringEscape }.map(\.text) == ["{{", "}}"])
        #expect(lexed(#"f"\n{x}\t""#).filter { $0.kind == .stringEscape }.map(\.text) == [#"\n"#, #"\t"#])
        #expect(lexed(#"rf"\d{x}""#).filter { $0.kind == .stringEscape }.isEmpty)
    }

    @Test func tripleQuotedFStringSpansLines() {
        let tokens = lexed("s = f\"\"\"\n  {name}\n  {w:>{w}}\n\"\"\"\nz")
        #expect(tokens.filter { $0.kind == .identifier }.map(\.text) == ["s", "name", "w", "w", "z"])
    }
}
