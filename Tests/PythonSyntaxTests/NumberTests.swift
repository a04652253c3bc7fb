import Testing
@testable import PythonSyntax

@Suite struct NumberTests {
    @Test(arguments: ["0", "7", "42", "1_000_000", "0x1F", "0XFF", "0x_dead_beef", "0o755",
                      "0O17", "0b1010", "0B_1111_0000", "3.14", "10.", ".5", "1e10", "1E-5",
                      "6.022e+23", "1_000.000_1", "1j", "2.5J", "3e4j", "2.5e-1J"])
    func wholeLiteralIsOneNumber(literal: String) {
        #expect(lexed("x = \(literal) + y") == [
            Lexeme("x", .identifier), Lexeme("=", .operator), Lexeme(literal, .number),
            Lexeme("+", .operator), Lexeme("y", .identifier),
        ])
    }

    @Test func numbersStopWhereTheLiteralEnds() {
        #expect(lexed("1if x else 2") == [
            Lexeme("1", .number), Lexeme("if", .keyword), Lexeme("x", .identifier),
            Lexeme("else", .keyword), Lexeme("2", .number),
        ])
        #expect(lexed("0x") == [Lexeme("0", .number), Lexeme("x", .identifier)])
        #expect(lexed("1_") == [Lexeme("1", .number), Lexeme("_", .identifier)])
        #expect(lexed("a.b") == [Lexeme("a", .identifier), Lexeme(".", .operator), Lexeme("b", .identifier)])
    }
}
