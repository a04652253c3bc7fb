import Testing
@testable import PythonSyntax

@Suite struct SoftKeywordTests {
    @Test func matchStatement() {
        let source = """
        match command.split():
            case [action, _]:
                pass
            case Point(x=0) | {"k": _}:
                pass
            case _:
                pass
        """
        let tokens = lexed(source)
        #expect(tokens.filter { $0.kind == .softKeyword }.map(\.text)
            == ["match", "case", "_", "case", "_", "case", "_"])
    }

    @Test func matchAndCaseAsNames() {
        #expect(kind(of: "match", in: "match = re.match(p, s)") == .identifier)
        #expect(lexed("match.group(1)").first?.kind == .identifier)
        #expect(lexed("match(x)").first?.kind == .identifier)
        #expect(kind(of: "case", in: "case = 3") == .identifier)
        #expect(kind(of: "match", in: "x = match") == .identifier)
        #expect(kind(of: "_", in: "_ = value") == .identifier)
        // After a case pattern's colon, `_` is a name again.
        #expect(lexed("    case 1: _ = 2").filter { $0.text == "_" }.map(\.kind) == [.identifier])
    }

    @Test func typeAliases() {
        #expect(lexed("type Vector = list[float]").first == Lexeme("type", .softKeyword))
        #expect(lexed("type Pair[T] = tuple[T, T]").first == Lexeme("type", .softKeyword))
        #expect(lexed("type(x)").first == Lexeme("type", .builtin))
        #expect(kind(of: "type", in: "kind = type(value)") == .builtin)
        #expect(lexed("type == 3").first?.kind == .builtin)
    }
}

extension SoftKeywordTests {
    @Test func matchOnEllipsis() {
        #expect(lexed("match ...:\n    case _: pass").first == Lexeme("match", .softKeyword))
    }
}
