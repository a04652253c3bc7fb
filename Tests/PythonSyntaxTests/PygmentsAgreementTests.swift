import Foundation
import Testing
@testable import PythonSyntax

/// Character-by-character agreement with Pygments' PythonLexer over every non-space
/// character, on reference tokens committed in Fixtures/ (see regenerate.sh).
///
/// Known differences, all deliberate (Pygments 2.20):
/// - `@pytest.mark.asyncio`: we colour the whole dotted decorator, Pygments only `@pytest`
///   (the decorator is the whole expression; editors colour it whole).
/// - `super().__init__()`: Pygments colours known dunder names as functions everywhere;
///   our `function` is the name after `def` only (`def __init__` agrees).
/// - `type X = ...`: a soft keyword for us, a builtin for Pygments (PEP 695).
/// - `1j`, `2.5J`: one number for us; Pygments splits off the `j` as a name.
/// - `ExceptionGroup`, `BaseExceptionGroup`, `exec`, `ascii`, `anext`: builtins missing
///   from Pygments' lists.
/// - `match`/`case` opening a line but not a pattern statement (`match.group()`,
///   `match(x)`): names for us (we require the line to end with `:`), keywords for Pygments;
///   every `_` wildcard in a case pattern is a soft keyword for us, only the first for Pygments.
/// - `f"{x:=5}"` agrees: both read `:=5` at the top of a field as a format spec, as Python does.
@Suite struct PygmentsAgreementTests {
    @Test(arguments: ["chapter04", "constructs"])
    func agreesWithPygments(fixture: String) throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        let source = try Data(contentsOf: directory.appendingPathComponent("\(fixture).py"))
        let reference = try String(contentsOf: directory.appendingPathComponent("\(fixture).pygments.tsv"),
                                   encoding: .utf8)
        let bytes = [UInt8](source)
        let text = String(decoding: bytes, as: UTF8.self)

        var expected = [String?](repeating: nil, count: bytes.count)
        for line in reference.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 5, let start = Int(fields[2]), let end = Int(fields[3]) else { continue }
            let kind = Self.kind(forPygmentsType: String(fields[4]))
            for index in start..<end { expected[index] = kind }
        }
        var actual = [String?](repeating: nil, count: bytes.count)
        for token in bytes.withUnsafeBufferPointer({ PythonLexer().tokens(inUTF8: $0) }) {
            let kind = token.kind == .softKeyword ? TokenKind.keyword.rawValue : token.kind.rawValue
            for index in token.range { actual[index] = kind }
        }

        var compared = 0, agreed = 0
        var differences: [String: Int] = [:]
        var offset = 0
        for scalar in text.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            if scalar.properties.isWhitespace { continue }
            compared += 1
            if expected[offset] == actual[offset] {
                agreed += 1
            } else {
                differences["pygments \(expected[offset] ?? "-") / ours \(actual[offset] ?? "-")", default: 0] += 1
            }
        }
        let agreement = Double(agreed) / Double(max(compared, 1))
        #expect(compared > 3000)
        #expect(agreement >= 0.99, "\(fixture): \(agreed)/\(compared); differences: \(differences)")
    }

    /// The mapping of issue 4: Pygments' token types onto our kinds (longest prefix wins).
    static func kind(forPygmentsType type: String) -> String {
        let mapping: [(String, TokenKind)] = [
            ("Token.Keyword.Constant", .constant),
            ("Token.Keyword", .keyword),
            ("Token.Operator.Word", .keyword),
            ("Token.Name.Builtin", .builtin),
            ("Token.Name.Exception", .builtin),
            ("Token.Name.Decorator", .decorator),
            ("Token.Name.Function", .function),
            ("Token.Name.Class", .class),
            ("Token.Literal.String.Escape", .stringEscape),
            ("Token.Literal.String.Interpol", .stringInterpolation),
            ("Token.Literal.String", .string),
            ("Token.Literal.Number", .number),
            ("Token.Comment", .comment),
            ("Token.Operator", .operator),
            ("Token.Punctuation", .punctuation),
            ("Token.Name", .identifier),
            ("Token.Error", .text),
            ("Token.Text", .text),
        ]
        for (prefix, kind) in mapping where type == prefix || type.hasPrefix(prefix + ".") {
            return kind.rawValue
        }
        return "unmapped \(type)"
    }
}
