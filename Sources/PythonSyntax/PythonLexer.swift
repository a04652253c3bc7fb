/// Python 3.12 source → ordered token spans that cover every byte of the input.
///
/// Works on UTF-8 bytes; offsets in the tokens are byte offsets. Any input is
/// accepted (invalid Python, unterminated strings, NUL, invalid UTF-8): the result
/// always covers the input with contiguous, non-empty, ordered spans.
public struct PythonLexer: Sendable {
    public init() {}

    /// Tokens of a whole text.
    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(inUTF8: $0) }
    }

    /// Tokens of a whole text given as UTF-8 bytes.
    public func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        lex(bytes, from: 0, state: .code).tokens
    }

    /// Tokens from the line starting at byte `lineStart` (0 or just after a newline),
    /// given the state at that line, up to the first line start at or after `stop`
    /// (or the end). Returns the state at the line start where lexing stopped.
    public func tokens(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, fromLineAt lineStart: Int, state: LineState,
        stoppingAtLineFrom stop: Int = Int.max
    ) -> (tokens: [Token], state: LineState) {
        lex(bytes, from: lineStart, state: state, stop: stop)
    }

    /// The state at the start of every line: element `i` is the state at line `i`
    /// (lines split at "\n"; element 0 is `.code`).
    public func lineStates(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [LineState] {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [.code] }
        var scanner = Scanner(bytes: base, start: 0, end: bytes.count, state: .code, words: Vocabulary.table)
        scanner.lineStates = [.code]
        scanner.run()
        return scanner.lineStates!
    }

    public func lineStates(in text: String) -> [LineState] {
        var text = text
        return text.withUTF8 { lineStates(inUTF8: $0) }
    }

    private func lex(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, state: LineState, stop: Int = Int.max
    ) -> (tokens: [Token], state: LineState) {
        guard let base = bytes.baseAddress, start < bytes.count else { return ([], state) }
        var scanner = Scanner(bytes: base, start: max(start, 0), end: bytes.count, state: state,
                              words: Vocabulary.table)
        scanner.tokens.reserveCapacity((bytes.count &- start) / 3 + 16)
        scanner.run(stoppingAtLineStartFrom: stop)
        return (scanner.tokens, scanner.state)
    }
}
