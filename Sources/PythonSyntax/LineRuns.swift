/// A token clipped to one line, in Unicode scalar offsets from the line's start:
/// what a code pane needs to colour the characters of a line.
public struct LineRun: Hashable, Sendable {
    public var kind: TokenKind
    public var scalars: Range<Int>

    public init(kind: TokenKind, scalars: Range<Int>) {
        self.kind = kind
        self.scalars = scalars
    }
}

extension PythonLexer {
    /// The runs of every line of `text` (lines split at "\n", the newline itself left
    /// out); tokens spanning lines are split, whitespace runs are kept so a line's runs
    /// cover all its scalars.
    public func lineRuns(in text: String) -> [[LineRun]] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = tokens(inUTF8: bytes)
            var lines: [[LineRun]] = []
            var current: [LineRun] = []
            var column = 0
            for token in tokens {
                var runStart = column
                var index = token.start
                while index < token.end {
                    let byte = bytes[index]
                    if byte == 0x0A {
                        if column > runStart { current.append(LineRun(kind: token.kind, scalars: runStart..<column)) }
                        lines.append(current)
                        current = []
                        column = 0
                        runStart = 0
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                    index += 1
                }
                if column > runStart { current.append(LineRun(kind: token.kind, scalars: runStart..<column)) }
            }
            lines.append(current)
            return lines
        }
    }
}
