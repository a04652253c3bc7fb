import Foundation
import PythonSyntax

/// Python lexing throughput on python_all.py of the 100x corpus (budget ≥ 50 MB/s),
/// plus the line-state pass a code pane uses and the ANSI rendering of `sobes highlight`.
enum LexerBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let path = "\(try context.corpus(scale: 100))/python_all.py"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError("cannot read \(path)")
        }
        let bytes = [UInt8](data)
        let megabytes = Double(bytes.count) / 1_000_000
        let lexer = PythonLexer()
        print(String(format: "input: %@ (%.2f MB)", path, megabytes))

        try bytes.withUnsafeBufferPointer { buffer in
            var tokenCount = 0
            let lexing = Summary(context.measure(iterations: 9) {
                tokenCount = lexer.tokens(inUTF8: buffer).count
            })
            report("lex whole file", lexing, megabytes, extra: "\(tokenCount) tokens")

            let states = Summary(context.measure(iterations: 9) {
                _ = lexer.lineStates(inUTF8: buffer)
            })
            report("line states", states, megabytes)

            let tokens = lexer.tokens(inUTF8: buffer)
            let renderer = ANSIRenderer(sgr: ANSIRenderer.defaultPalette)
            var outputBytes = 0
            let rendering = Summary(context.measure(iterations: 9) {
                outputBytes = 0
                renderer.render(utf8: buffer, tokens: tokens) { outputBytes += $0.count }
            })
            report("ANSI render", rendering, megabytes, extra: "\(outputBytes) bytes out")

            // A code pane's view: 60 lines from the middle, from the recorded state.
            let lineStates = lexer.lineStates(inUTF8: buffer)
            var lineStarts = [0]
            for index in buffer.indices where buffer[index] == 0x0A { lineStarts.append(index + 1) }
            let first = lineStarts.count / 2
            let window = Summary(context.measure(iterations: 200) {
                _ = lexer.tokens(inUTF8: buffer, fromLineAt: lineStarts[first], state: lineStates[first],
                                 stoppingAtLineFrom: lineStarts[first + 60])
            })
            print("60-line window from a line state: \(window)")
            if lexing.median > 0, megabytes / lexing.median < 50 {
                throw BenchmarkError("lexing below the 50 MB/s budget")
            }
        }
    }

    private static func report(_ name: String, _ summary: Summary, _ megabytes: Double, extra: String = "") {
        let rate = megabytes / summary.median
        print(String(format: "%@: %.1f MB/s (%@)%@", name, rate, summary.description,
                     extra.isEmpty ? "" : ", " + extra))
    }
}
