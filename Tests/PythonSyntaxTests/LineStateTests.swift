import Foundation
import Testing
@testable import PythonSyntax

/// Lexing from any line with its state gives what lexing the whole text gives.
@Suite struct LineStateTests {
    static let sources: [String] = [
        "x = 1\ns = '''a\nb'''\ny = 2\n",
        "def f():\n    \"\"\"Doc\n    more\n    \"\"\"\n    return 1\n",
        "s = f'''{\n  x +\n  y\n}''' + f\"{a}\"\n",
        "s = 'a \\\nb' + c\nmatch x:\n    case _:\n        pass\n",
        "t = f\"{d[\n'k']}\"\nz = 3\n",
        "'open\n\"\"\"never\nclosed",
    ]

    @Test(arguments: sources)
    func lexingFromEveryLineAgreesWithTheWhole(source: String) {
        let bytes = Array(source.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let lexer = PythonLexer()
            let whole = kindsByByte(lexer.tokens(inUTF8: buffer), count: bytes.count)
            let states = lexer.lineStates(inUTF8: buffer)
            let starts = lineStarts(bytes)
            #expect(states.count == starts.count)
            for (line, start) in starts.enumerated() where start < bytes.count {
                let (tokens, _) = lexer.tokens(inUTF8: buffer, fromLineAt: start, state: states[line])
                #expect(coversContiguously(tokens, from: start, count: bytes.count))
                let part = kindsByByte(tokens, count: bytes.count)
                #expect(Array(part[start...]) == Array(whole[start...]), "line \(line)")
            }
        }
    }

    @Test func statesSayWhatIsOpen() {
        let states = PythonLexer().lineStates(in: "a = '''x\ny'''\nb = f'{\nc}'\n")
        #expect(states.map(\.isCode) == [true, false, true, false, true])
        #expect(states.map(\.isInsideString) == [false, true, false, false, false])
    }

    @Test func lexingAWindowReturnsTheStateWhereItStopped() {
        let source = "x = 1\ns = '''a\nb\nc'''\ny = 2\n"
        let bytes = Array(source.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let lexer = PythonLexer()
            let states = lexer.lineStates(inUTF8: buffer)
            let starts = lineStarts(bytes)
            let (tokens, state) = lexer.tokens(inUTF8: buffer, fromLineAt: starts[1], state: states[1],
                                               stoppingAtLineFrom: starts[3])
            #expect(tokens.last?.end == starts[3])
            #expect(state == states[3])
            #expect(state.isInsideString)
        }
    }

    @Test func statesOfALongTextMatchLineByLineLexing() {
        let block = "x = f'''{\n  a +\n  b\n}''' + 'c'\ndef f(a): return a  # (\ns = '''\nin\n'''\n"
        let bytes = Array(String(repeating: block, count: 2000).utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let lexer = PythonLexer()
            let states = lexer.lineStates(inUTF8: buffer)
            let starts = lineStarts(bytes)
            var state = LineState.code
            var mismatches = 0
            for line in 0..<(starts.count - 1) {
                if states[line] != state { mismatches += 1 }
                state = lexer.tokens(inUTF8: buffer, fromLineAt: starts[line], state: state,
                                     stoppingAtLineFrom: starts[line] + 1).state
            }
            #expect(states.count == starts.count)
            #expect(mismatches == 0)
            #expect(states.contains { !$0.isCode })
        }
    }

    private func lineStarts(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
    }

    private func kindsByByte(_ tokens: [Token], count: Int) -> [TokenKind?] {
        var kinds = [TokenKind?](repeating: nil, count: count)
        for token in tokens { for index in token.range { kinds[index] = token.kind } }
        return kinds
    }
}
