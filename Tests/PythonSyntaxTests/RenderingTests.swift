import Testing
@testable import PythonSyntax

@Suite struct RenderingTests {
    @Test func coloursEachKindAndResets() {
        let source = "x = 'a'  # c\n"
        let renderer = ANSIRenderer { kind in
            switch kind {
            case .string: "<S>"
            case .comment: "<C>"
            default: nil
            }
        }
        let output = renderer.render(source, tokens: PythonLexer().tokens(in: source))
        #expect(output == "x = <S>'a'\u{1B}[0m  <C># c\u{1B}[0m\n")
    }

    @Test func multiLineTokensAreClosedAtEachLineEnd() {
        let source = "s = '''a\nb'''"
        let renderer = ANSIRenderer { $0 == .string ? "<S>" : nil }
        let output = renderer.render(source, tokens: PythonLexer().tokens(in: source))
        #expect(output == "s = <S>'''a\u{1B}[0m\n<S>b'''\u{1B}[0m")
    }

    @Test func defaultPaletteColoursCodeButNotNames() {
        #expect(ANSIRenderer.defaultPalette(.keyword) != nil)
        #expect(ANSIRenderer.defaultPalette(.string) != nil)
        #expect(ANSIRenderer.defaultPalette(.identifier) == nil)
        #expect(ANSIRenderer.defaultPalette(.whitespace) == nil)
    }

    @Test func smallChunksStillCarryTheWholeText() {
        let source = String(repeating: "def f(x): return x + 1  # é\n", count: 2000)
        var text = source
        var chunks = 0
        var largest = 0
        var output: [UInt8] = []
        text.withUTF8 { bytes in
            let tokens = PythonLexer().tokens(inUTF8: bytes)
            ANSIRenderer { _ in nil }.render(utf8: bytes, tokens: tokens, chunkSize: 4096) {
                chunks += 1
                largest = max(largest, $0.count)
                output.append(contentsOf: $0)
            }
        }
        #expect(chunks > 10)
        #expect(largest <= 4096)
        #expect(String(decoding: output, as: UTF8.self) == source)
    }

    @Test func scalarOffsets() {
        var text = "é = 'ж😀'"
        text.withUTF8 { bytes in
            var offsets = ScalarOffsets(utf8: bytes)
            let tokens = PythonLexer().tokens(inUTF8: bytes).filter { $0.kind != .whitespace }
            let ranges = tokens.map { (offsets.scalarOffset(ofByte: $0.start), $0.kind) }
            #expect(ranges.map(\.0) == [0, 2, 4])
            #expect(offsets.scalarOffset(ofByte: bytes.count) == 8)
        }
    }
}
