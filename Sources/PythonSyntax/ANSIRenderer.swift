/// Renders lexed source with ANSI SGR colours, as `pygmentize -f terminal256` does:
/// each coloured token is wrapped in its SGR prefix and a reset, and a token that
/// spans lines is closed before each newline and reopened after it, so every line
/// stands on its own (for pagers and partial redraws).
public struct ANSIRenderer {
    /// SGR prefix bytes per kind, indexed by `TokenKind.slot`; empty = plain.
    private let prefixes: [[UInt8]]
    private static let reset = Array("\u{1B}[0m".utf8)

    /// `sgr` gives the escape sequence that starts a kind's colour (e.g. "\u{1B}[38;5;28m"),
    /// or nil to leave the kind uncoloured. It is asked once per kind.
    public init(sgr: (TokenKind) -> String?) {
        var prefixes = [[UInt8]](repeating: [], count: TokenKind.allCases.count)
        for kind in TokenKind.allCases { prefixes[Int(kind.slot)] = Array((sgr(kind) ?? "").utf8) }
        self.prefixes = prefixes
    }

    /// A 256-colour palette close to Pygments' default style.
    public static let defaultPalette: @Sendable (TokenKind) -> String? = { kind in
        switch kind {
        case .keyword, .softKeyword, .constant: return "\u{1B}[38;5;28;1m"
        case .builtin: return "\u{1B}[38;5;28m"
        case .decorator: return "\u{1B}[38;5;129m"
        case .function: return "\u{1B}[38;5;21m"
        case .class: return "\u{1B}[38;5;21;1m"
        case .string: return "\u{1B}[38;5;124m"
        case .stringEscape: return "\u{1B}[38;5;130;1m"
        case .stringInterpolation: return "\u{1B}[38;5;132;1m"
        case .number, .operator: return "\u{1B}[38;5;241m"
        case .comment: return "\u{1B}[38;5;66;3m"
        case .punctuation, .identifier, .whitespace, .text: return nil
        }
    }

    /// Writes the rendering of `source` in chunks of at most `chunkSize` bytes
    /// (`chunkSize` is raised to 4 KB at least).
    public func render(
        utf8 source: UnsafeBufferPointer<UInt8>, tokens: [Token], chunkSize: Int = 1 << 18,
        write: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard let base = source.baseAddress else { return }
        withoutActuallyEscaping(write) { write in
            var sink = ChunkedSink(capacity: Swift.max(chunkSize, 4096), write: write)
            defer { sink.finish() }
            render(base, tokens, into: &sink)
        }
    }

    /// Appends the rendering of `source` to `output`: a caller that renders window after
    /// window can reuse one buffer instead of allocating a chunk per call.
    public func render(utf8 source: UnsafeBufferPointer<UInt8>, tokens: [Token], appendingTo output: inout [UInt8]) {
        guard let base = source.baseAddress else { return }
        var sink = ArraySink()
        swap(&sink.bytes, &output)
        render(base, tokens, into: &sink)
        swap(&sink.bytes, &output)
    }

    private func render<Sink: ByteSink>(_ base: UnsafePointer<UInt8>, _ tokens: [Token], into sink: inout Sink) {
        // One flat copy of the prefixes, so the loop touches no arrays of arrays.
        var flat: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        for prefix in prefixes {
            spans.append((flat.count, prefix.count))
            flat.append(contentsOf: prefix)
        }
        flat.append(contentsOf: Self.reset)
        flat.withUnsafeBufferPointer { flat in
            let reset = flat.baseAddress! + (flat.count - Self.reset.count)
            let resetCount = Self.reset.count
            for token in tokens {
                let span = spans[Int(token.kind.slot)]
                if span.count == 0 {
                    sink.append(base + token.start, token.end - token.start)
                    continue
                }
                let prefix = flat.baseAddress! + span.start
                var lineStart = token.start
                var index = token.start
                while index < token.end {
                    if base[index] == 0x0A {
                        if index > lineStart {
                            sink.append(prefix, span.count)
                            sink.append(base + lineStart, index - lineStart)
                            sink.append(reset, resetCount)
                        }
                        sink.append(base + index, 1)
                        lineStart = index + 1
                    }
                    index += 1
                }
                if token.end > lineStart {
                    sink.append(prefix, span.count)
                    sink.append(base + lineStart, token.end - lineStart)
                    sink.append(reset, resetCount)
                }
            }
        }
    }

    /// The whole rendering as one string (for tests and small inputs).
    public func render(_ text: String, tokens: [Token]) -> String {
        var text = text
        var output: [UInt8] = []
        text.withUTF8 { source in
            render(utf8: source, tokens: tokens) { output.append(contentsOf: $0) }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension TokenKind {
    /// A small integer per kind, for table look-ups.
    var slot: UInt8 {
        switch self {
        case .keyword: 0
        case .softKeyword: 1
        case .constant: 2
        case .builtin: 3
        case .decorator: 4
        case .function: 5
        case .class: 6
        case .string: 7
        case .stringEscape: 8
        case .stringInterpolation: 9
        case .number: 10
        case .comment: 11
        case .operator: 12
        case .punctuation: 13
        case .identifier: 14
        case .whitespace: 15
        case .text: 16
        }
    }
}

/// Where rendered bytes go.
private protocol ByteSink {
    mutating func append(_ bytes: UnsafePointer<UInt8>, _ length: Int)
}

/// Appends to a growing array.
private struct ArraySink: ByteSink {
    var bytes: [UInt8] = []

    @inline(__always)
    mutating func append(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
        self.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
}

/// A fixed buffer that hands full chunks to `write`; runs longer than the buffer go
/// straight through.
private struct ChunkedSink: ByteSink {
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private let write: (UnsafeBufferPointer<UInt8>) -> Void

    init(capacity: Int, write: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.capacity = capacity
        self.buffer = .allocate(capacity: capacity)
        self.write = write
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
        if length > capacity - count {
            flush()
            if length >= capacity {
                write(UnsafeBufferPointer(start: bytes, count: length))
                return
            }
        }
        (buffer + count).update(from: bytes, count: length)
        count += length
    }

    mutating func flush() {
        if count > 0 { write(UnsafeBufferPointer(start: buffer, count: count)) }
        count = 0
    }

    mutating func finish() {
        flush()
        buffer.deallocate()
    }
}
