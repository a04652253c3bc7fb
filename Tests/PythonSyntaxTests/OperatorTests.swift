import Testing
@testable import PythonSyntax

@Suite struct OperatorTests {
    @Test(arguments: ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~",
                      "<", ">", "<=", ">=", "==", "!=", "=", "+=", "**=", "//=", ">>=", ":=", "->", "."])
    func operators(op: String) {
        #expect(lexed("a \(op) b").map(\.kind) == [.identifier, .operator, .identifier])
    }

    @Test func punctuation() {
        #expect(lexed("f(a, [b]); {c: d}").map(\.kind) == [
            .identifier, .punctuation, .identifier, .punctuation, .punctuation, .identifier,
            .punctuation, .punctuation, .identifier, .punctuation, .identifier, .punctuation,
        ])
    }

    @Test func strayCharactersAreText() {
        #expect(lexed("a $ b ? `c` !").filter { $0.kind == .text }.map(\.text) == ["$", "?", "`", "`", "!"])
        #expect(lexed("x = 1 + \\\n    2").contains(Lexeme("\\", .text)))
    }
}
