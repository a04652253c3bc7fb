import Testing
@testable import PythonSyntax

@Suite struct NameTests {
    @Test(arguments: ["if", "elif", "else", "for", "while", "try", "except", "finally", "with",
                      "as", "return", "yield", "await", "async", "lambda", "pass", "break",
                      "continue", "raise", "assert", "del", "global", "nonlocal", "in", "is",
                      "and", "or", "not", "def", "class", "import", "from"])
    func keywords(word: String) {
        #expect(kind(of: word, in: "x = \(word) y") == .keyword)
    }

    @Test func constants() {
        #expect(lexed("True, False, None") == [
            Lexeme("True", .constant), Lexeme(",", .punctuation), Lexeme("False", .constant),
            Lexeme(",", .punctuation), Lexeme("None", .constant),
        ])
    }

    @Test(arguments: ["print", "len", "range", "isinstance", "super", "type", "self", "cls",
                      "ValueError", "TimeoutError", "Exception", "NotImplemented"])
    func builtins(word: String) {
        #expect(kind(of: word, in: "x = \(word)") == .builtin)
    }

    @Test func attributesAreNotBuiltins() {
        #expect(lexed("asyncio.TimeoutError") == [
            Lexeme("asyncio", .identifier), Lexeme(".", .operator), Lexeme("TimeoutError", .identifier),
        ])
        #expect(kind(of: "print", in: "logger.print") == .identifier)
    }

    @Test func keywordPrefixesStayNames() {
        #expect(kind(of: "iffy", in: "iffy = format_x") == .identifier)
        #expect(kind(of: "format_x", in: "iffy = format_x") == .identifier)
        #expect(kind(of: "classы", in: "classы = 1") == .identifier)
    }

    @Test func functionAndClassNames() {
        #expect(lexed("def fetch(url):") == [
            Lexeme("def", .keyword), Lexeme("fetch", .function), Lexeme("(", .punctuation),
            Lexeme("url", .identifier), Lexeme("):", .punctuation),
        ])
        #expect(kind(of: "__init__", in: "    def __init__(self):") == .function)
        #expect(kind(of: "Point", in: "class Point(Base):") == .class)
        #expect(kind(of: "fetch", in: "async def fetch(): pass") == .function)
        #expect(kind(of: "later", in: "def f(): later()") == .identifier)
    }

    @Test func decorators() {
        #expect(lexed("@dataclass\nclass A: pass").first == Lexeme("@dataclass", .decorator))
        #expect(lexed("    @pytest.mark.asyncio\n").first == Lexeme("@pytest.mark.asyncio", .decorator))
        #expect(lexed("@app.route('/')").prefix(2) == [Lexeme("@app.route", .decorator), Lexeme("(", .punctuation)])
        #expect(kind(of: "@", in: "c = a @ b") == .operator)
    }

    @Test func imports() {
        #expect(lexed("import os.path as osp, sys") == [
            Lexeme("import", .keyword), Lexeme("os.path", .identifier), Lexeme("as", .keyword),
            Lexeme("osp", .identifier), Lexeme(",", .operator), Lexeme("sys", .identifier),
        ])
        #expect(lexed("from ..pkg.mod import name") == [
            Lexeme("from", .keyword), Lexeme("..pkg.mod", .identifier), Lexeme("import", .keyword),
            Lexeme("name", .identifier),
        ])
        #expect(kind(of: "None", in: "raise KeyError from None") == .constant)
        #expect(kind(of: "range", in: "yield from range(3)") == .builtin)
        // The import statement ends with its line.
        #expect(kind(of: "len", in: "import os\nlen(x)") == .builtin)
    }

    @Test func commentsRunToTheLineEnd() {
        #expect(lexed("x = 1  # a comment: 'not a string'\ny") == [
            Lexeme("x", .identifier), Lexeme("=", .operator), Lexeme("1", .number),
            Lexeme("# a comment: 'not a string'", .comment), Lexeme("y", .identifier),
        ])
        #expect(lexed("#!/usr/bin/env python3").first?.kind == .comment)
    }
}
