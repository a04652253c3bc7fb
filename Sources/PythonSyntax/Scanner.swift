/// The hand-written scanner: a loop over UTF-8 bytes with an explicit stack of open
/// strings and f-string fields. Every byte lands in exactly one token; adjacent
/// tokens of the same kind are merged.
///
/// Newlines are handled in one place (`newline()`), so the state at every line start
/// is well defined and can be recorded or resumed from.
struct Scanner {
    let bytes: UnsafePointer<UInt8>
    let end: Int
    var pos: Int
    var tokens: [Token] = []
    var stack: [Frame]
    let words: WordTable

    // Per-line context, reset at every newline.
    /// Only indentation so far on this line, in plain code.
    var atLineStart: Bool
    var importMode: ImportMode = .none
    /// Set after `def `/`class `: the next name is a function/class name.
    var pendingName: TokenKind?
    /// Inside a `case` pattern (before its `:`), where `_` is a soft keyword.
    var inCasePattern = false
    var casePatternDepth = 0
    /// A backslash just before the newline continues a single-quoted string.
    var escapedNewline = false

    /// When non-nil, the state at each line start after the first is appended.
    var lineStates: [LineState]?

    enum ImportMode { case none, importNames, fromModule }

    init(bytes: UnsafePointer<UInt8>, start: Int, end: Int, state: LineState, words: WordTable) {
        self.bytes = bytes
        self.pos = start
        self.end = end
        self.stack = state.frames
        self.atLineStart = state.frames.isEmpty
        self.words = words
    }

    /// Scans until the end of the text, or until the first line start at or after `stop`.
    mutating func run(stoppingAtLineStartFrom stop: Int = Int.max) {
        while pos < end {
            if bytes[pos] == ASCII.newline {
                newline()
                if pos >= stop { return }
                continue
            }
            switch stack.last {
            case nil: scanCode(fieldDepth: nil)
            case .string(let style)?: scanString(style)
            case .field(let depth)?: scanCode(fieldDepth: depth)
            }
        }
    }

    var state: LineState { LineState(frames: stack) }

    // MARK: Emitting

    @inline(__always)
    mutating func emit(_ kind: TokenKind, to tokenEnd: Int) {
        let count = tokens.count
        if count > 0 && tokens[count &- 1].kind.slot == kind.slot && tokens[count &- 1].end == pos {
            tokens[count &- 1].end = tokenEnd
        } else {
            tokens.append(Token(kind: kind, start: pos, end: tokenEnd))
        }
        pos = tokenEnd
    }

    @inline(__always)
    mutating func emit(_ kind: TokenKind, length: Int) {
        emit(kind, to: Swift.min(pos &+ length, end))
    }

    @inline(__always)
    func byte(at index: Int) -> UInt8 { index < end ? bytes[index] : 0 }

    // MARK: Newlines

    private mutating func newline() {
        var kind = TokenKind.whitespace
        if case .string(let style)? = stack.last {
            if escapedNewline {
                kind = .stringEscape
            } else if style.isTriple {
                kind = .string
            } else {
                // A single-quoted string ends at the line end, and with it every
                // f-string it was nested in (as Pygments does).
                stack.removeAll()
            }
        }
        emit(kind, length: 1)
        escapedNewline = false
        atLineStart = stack.isEmpty
        importMode = .none
        pendingName = nil
        inCasePattern = false
        casePatternDepth = 0
        if lineStates != nil {
            lineStates!.append(state)
            // Only the states are wanted: drop old tokens (merging needs just the last).
            if tokens.count > 4096 {
                let last = tokens[tokens.count &- 1]
                tokens.removeAll(keepingCapacity: true)
                tokens.append(last)
            }
        }
    }
}
