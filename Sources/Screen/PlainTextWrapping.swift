// The common case of `wrap(_:firstLineWidth:continuationWidth:)`: a title or a line of plain
// text, every scalar a space or one column of text. It takes the same lines as the general
// wrapper, cut from the UTF-8 by columns, without a glyph, a span or a String per character:
// the browser wraps every title it lists.

/// The lines `wrap` gives `text`, when every scalar of it is a space or `isPlainNarrow`; nil
/// for any other text (the general wrapper takes it).
func wrapPlainNarrow(_ text: String, firstLineWidth: Int, continuationWidth: Int) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
        var offset = 0
        while offset < bytes.count {
            let (value, length) = decodeScalar(in: bytes, at: offset)
            guard value == 0x20 || isPlainNarrow(value) else { return nil }
            offset += length
        }
        var wrapper = PlainLineWrapper(bytes: bytes, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
        return wrapper.lines()
    }
}

/// `LineWrapper`'s rules over one-column scalars: words go onto the line when they fit with
/// the spaces before them, else onto a new line; a word wider than its line is cut between
/// characters; spaces at a break are dropped, those at the start of the text are kept.
private struct PlainLineWrapper {
    let bytes: UnsafeBufferPointer<UInt8>
    let firstLineWidth: Int
    let continuationWidth: Int

    var finished: [String] = []
    var line = ""
    /// True once the line holds something, a kept space included (`LineWrapper`'s spans).
    var lineHasText = false
    var lineWidth = 0
    var pendingSpaces = 0
    var atTextStart = true

    init(bytes: UnsafeBufferPointer<UInt8>, firstLineWidth: Int, continuationWidth: Int) {
        self.bytes = bytes
        self.firstLineWidth = max(1, firstLineWidth)
        self.continuationWidth = max(1, continuationWidth)
    }

    var limit: Int { finished.isEmpty ? firstLineWidth : continuationWidth }

    mutating func lines() -> [String] {
        var offset = 0
        while offset < bytes.count {
            if bytes[offset] == 0x20 {
                if atTextStart {
                    if lineWidth + 1 <= limit { add(offset..<offset + 1, width: 1) }
                } else {
                    pendingSpaces += 1
                }
                offset += 1
                continue
            }
            atTextStart = false
            let start = offset
            var width = 0
            while offset < bytes.count, bytes[offset] != 0x20 {
                offset += Self.length(ofScalarLedBy: bytes[offset])
                width += 1
            }
            place(start..<offset, width: width)
        }
        if lineHasText || finished.isEmpty || atTextStart { endLine() }
        return finished
    }

    private mutating func place(_ word: Range<Int>, width: Int) {
        if lineWidth > 0 && lineWidth + pendingSpaces + width > limit {
            endLine()
        } else if pendingSpaces > 0 {
            line += String(repeating: " ", count: pendingSpaces)
            lineWidth += pendingSpaces
            lineHasText = true
        }
        pendingSpaces = 0
        var start = word.lowerBound, left = width
        while left > 0 {
            if lineWidth > 0 && lineWidth + 1 > limit { endLine() }
            let count = min(left, limit - lineWidth)
            var end = start
            for _ in 0..<count { end += Self.length(ofScalarLedBy: bytes[end]) }
            add(start..<end, width: count)
            start = end
            left -= count
        }
    }

    private mutating func add(_ range: Range<Int>, width: Int) {
        line += String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        lineWidth += width
        lineHasText = true
    }

    private mutating func endLine() {
        finished.append(line)
        line = ""
        lineHasText = false
        lineWidth = 0
        pendingSpaces = 0
    }

    @inline(__always)
    private static func length(ofScalarLedBy lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
