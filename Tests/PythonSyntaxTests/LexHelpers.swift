@testable import PythonSyntax

/// The non-whitespace tokens of `source` as (text, kind) pairs, for readable expectations.
func lexed(_ source: String) -> [Lexeme] {
    let bytes = Array(source.utf8)
    return PythonLexer().tokens(in: source)
        .filter { $0.kind != .whitespace }
        .map { Lexeme(String(decoding: bytes[$0.range], as: UTF8.self), $0.kind) }
}

/// The kind of the first token whose text is exactly `text`, or nil.
func kind(of text: String, in source: String) -> TokenKind? {
    lexed(source).first { $0.text == text }?.kind
}

struct Lexeme: Equatable, CustomStringConvertible {
    var text: String
    var kind: TokenKind
    init(_ text: String, _ kind: TokenKind) {
        self.text = text
        self.kind = kind
    }
    var description: String { "\(text.debugDescription):\(kind.rawValue)" }
}

/// Every token is non-empty and follows the previous one; together they cover `count` bytes.
func coversContiguously(_ tokens: [Token], from start: Int = 0, count: Int) -> Bool {
    var expected = start
    for token in tokens {
        guard token.start == expected, token.end > token.start else { return false }
        expected = token.end
    }
    return expected == count
}
