// libFuzzer target for the Python lexer; built and run by run-lexer-fuzz.sh, which
// compiles it together with Sources/PythonSyntax (one module, so no import).
//
// Invariants checked on every input (any bytes, valid UTF-8 or not):
//  - tokens are non-empty, ordered and contiguous, and cover the input exactly;
//  - the state at each line start, used to lex from that line (to the end, or to a
//    later line), gives the same kind for every byte as lexing the whole input, and
//    the state returned where lexing stopped is the recorded state of that line;
//  - the ANSI renderer reproduces the input once the escape sequences are removed;
//  - line runs cover every scalar of every line.

@_cdecl("LLVMFuzzerTestOneInput")
public func lexerFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    let lexer = PythonLexer()
    let tokens = lexer.tokens(inUTF8: input)
    checkCoverage(tokens, from: 0, to: size)

    var kinds = [TokenKind](repeating: .text, count: size)
    for token in tokens { for index in token.range { kinds[index] = token.kind } }

    var lineStarts = [0]
    for index in 0..<size where input[index] == 0x0A && index + 1 < size { lineStarts.append(index + 1) }
    let states = lexer.lineStates(inUTF8: input)
    let newlineCount = input.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    check(states.count == newlineCount + 1 || size == 0, "one state per line")

    // Lex from a handful of lines (all of them for small inputs).
    let step = max(1, lineStarts.count / 8)
    for line in stride(from: 0, to: lineStarts.count, by: step) {
        let start = lineStarts[line]
        let stopLine = min(line + 2, lineStarts.count)
        let stop = stopLine < lineStarts.count ? lineStarts[stopLine] : Int.max
        let (part, endState) = lexer.tokens(inUTF8: input, fromLineAt: start, state: states[line],
                                            stoppingAtLineFrom: stop)
        let partEnd = part.last?.end ?? start
        checkCoverage(part, from: start, to: partEnd)
        check(partEnd == (stop == Int.max ? size : stop), "lexing stops at the requested line")
        for token in part {
            for index in token.range where kinds[index] != token.kind {
                fatalError("line \(line): byte \(index) is \(token.kind), whole lex says \(kinds[index])")
            }
        }
        if stopLine < lineStarts.count {
            check(endState == states[stopLine], "state where lexing stopped")
        }
        let (rest, _) = lexer.tokens(inUTF8: input, fromLineAt: start, state: states[line])
        checkCoverage(rest, from: start, to: size)
        check(rest.count <= tokens.count + 1, "no more tokens from a line than from the whole")
    }

    var plain: [UInt8] = []
    ANSIRenderer { _ in nil }.render(utf8: input, tokens: tokens, chunkSize: 4096) { plain.append(contentsOf: $0) }
    check(plain.elementsEqual(input), "rendering without colours is the text")
    var rendered: [UInt8] = []
    ANSIRenderer(sgr: ANSIRenderer.defaultPalette).render(utf8: input, tokens: tokens, chunkSize: 4096) {
        rendered.append(contentsOf: $0)
    }
    // Stripping SGR sequences gives the text back, unless the text has escapes of its own.
    if !input.contains(0x1B) {
        check(strippingEscapes(rendered).elementsEqual(input), "rendering keeps the text")
    }

    return 0
}

private func checkCoverage(_ tokens: [Token], from start: Int, to end: Int) {
    var expected = start
    for token in tokens {
        check(token.start == expected, "tokens are contiguous")
        check(token.end > token.start, "tokens are not empty")
        expected = token.end
    }
    check(expected == end, "tokens cover the input")
}

/// Removes the SGR sequences the renderer adds (ESC [ digits/semicolons m).
private func strippingEscapes(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == 0x5B {
            var end = index + 2
            while end < bytes.count && (bytes[end] == 0x3B || (bytes[end] >= 0x30 && bytes[end] <= 0x39)) { end += 1 }
            if end < bytes.count && bytes[end] == 0x6D {
                index = end + 1
                continue
            }
        }
        output.append(bytes[index])
        index += 1
    }
    return output
}

/// Like `precondition`, but the message survives -O (fatalError always prints it).
private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
