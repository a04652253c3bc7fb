// The common case of `wrap`: titles, paragraphs and list items of plain text, every scalar a
// space or one column of text. It takes the same lines as the general wrapper, cut from the
// UTF-8 by columns, without a glyph, a word array entry or a String per character: the
// browser wraps every title it lists and every answer it opens.

/// The lines `wrap(_:firstLineWidth:continuationWidth:)` gives `text`, when every scalar of it
/// is a space or `isPlainNarrow`; nil for any other text (the general wrapper takes it).
func wrapPlainNarrow(_ text: String, firstLineWidth: Int, continuationWidth: Int) -> [String]? {
    wrapPlainNarrow([Span(text)], firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)?
        .map { line in line.map(\.text).joined() }
}

/// The lines `wrap(_ spans:firstLineWidth:continuationWidth:)` gives, when every scalar of
/// every span is a space or `isPlainNarrow`; nil otherwise.
func wrapPlainNarrow(_ spans: [Span], firstLineWidth: Int, continuationWidth: Int) -> [StyledLine]? {
    // The spans' UTF-8 one after another, and where each span's bytes end.
    var bytes: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(spans.count)
    for span in spans {
        var text = span.text
        let plain = text.withUTF8 { utf8 -> Bool in
            var offset = 0
            while offset < utf8.count {
                let (value, length) = decodeScalar(in: utf8, at: offset)
                guard value == 0x20 || isPlainNarrow(value) else { return false }
                offset += length
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        guard plain else { return nil }
        ends.append(bytes.count)
    }
    return bytes.withUnsafeBufferPointer { bytes in
        var wrapper = PlainLineWrapper(bytes: bytes, spans: spans, ends: ends,
                                       firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
        return wrapper.lines()
    }
}

/// `LineWrapper`'s rules over one-column scalars: words go onto the line when they fit with
/// the spaces before them, else onto a new line; a word wider than its line is cut between
/// characters; spaces at a break are dropped, those at the start of the text are kept; a word
/// may run across spans, and pieces of one style on a line make one span.
private struct PlainLineWrapper {
    let bytes: UnsafeBufferPointer<UInt8>
    let spans: [Span]
    /// Where each span's bytes end in `bytes`.
    let ends: [Int]
    let firstLineWidth: Int
    let continuationWidth: Int

    var finished: [StyledLine] = []
    var line: StyledLine = []
    var lineWidth = 0
    /// The styles of the spaces since the last word, placed only if a word follows on the line.
    var pendingSpaces: [Style] = []
    /// The word being read: its pieces (bytes `start..<end` of one span each) and its width.
    /// (Offsets, not a `Range`: an array of tuples holding one is a generic type the runtime
    /// would check the first time, before the first frame.)
    var word: [(span: Int, start: Int, end: Int, width: Int)] = []
    var wordWidth = 0
    var atTextStart = true

    init(bytes: UnsafeBufferPointer<UInt8>, spans: [Span], ends: [Int], firstLineWidth: Int, continuationWidth: Int) {
        self.bytes = bytes
        self.spans = spans
        self.ends = ends
        self.firstLineWidth = max(1, firstLineWidth)
        self.continuationWidth = max(1, continuationWidth)
    }

    var limit: Int { finished.isEmpty ? firstLineWidth : continuationWidth }

    mutating func lines() -> [StyledLine] {
        var offset = 0
        for (span, end) in ends.enumerated() {
            while offset < end {
                if bytes[offset] == 0x20 {
                    space(spans[span].style)
                    offset += 1
                    continue
                }
                atTextStart = false
                let start = offset
                var width = 0
                while offset < end, bytes[offset] != 0x20 {
                    offset += Self.length(ofScalarLedBy: bytes[offset])
                    width += 1
                }
                word.append((span, start, offset, width))
                wordWidth += width
            }
        }
        flushWord()
        if !line.isEmpty || finished.isEmpty || atTextStart { endLine() }
        return finished
    }

    private mutating func space(_ style: Style) {
        flushWord()
        if atTextStart {
            if lineWidth + 1 <= limit { add(" ", style: style, width: 1) }
        } else {
            pendingSpaces.append(style)
        }
    }

    private mutating func flushWord() {
        guard !word.isEmpty else { return }
        if lineWidth > 0 && lineWidth + pendingSpaces.count + wordWidth > limit {
            endLine()
        } else {
            for style in pendingSpaces { add(" ", style: style, width: 1) }
        }
        pendingSpaces = []
        for piece in word { place(piece) }
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
    }

    /// Places a piece of a word, breaking it between characters where the line is full.
    private mutating func place(_ piece: (span: Int, start: Int, end: Int, width: Int)) {
        var start = piece.start, left = piece.width
        while left > 0 {
            if lineWidth > 0 && lineWidth + 1 > limit { endLine() }
            let count = min(left, limit - lineWidth)
            var end = start
            for _ in 0..<count { end += Self.length(ofScalarLedBy: bytes[end]) }
            add(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                style: spans[piece.span].style, width: count)
            start = end
            left -= count
        }
    }

    private mutating func add(_ text: String, style: Style, width: Int) {
        if let last = line.indices.last, line[last].style == style {
            line[last].text += text
        } else {
            line.append(Span(text, style: style))
        }
        lineWidth += width
    }

    private mutating func endLine() {
        finished.append(line)
        line = []
        lineWidth = 0
        pendingSpaces = []
    }

    @inline(__always)
    private static func length(ofScalarLedBy lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
