// Word wrapping by display width. Lines break at spaces; a word longer than a line is broken
// between characters (or where a `WordBreaker` says, marked with a hyphen); a character
// (grapheme) is never split.

/// `text` broken into lines of at most `width` columns (see `wrap(_:firstLineWidth:continuationWidth:)`).
public func wrap(_ text: String, width: Int) -> [String] {
    wrap(text, firstLineWidth: width, continuationWidth: width)
}

/// `text` broken into lines: the first at most `firstLineWidth` columns, the others at most
/// `continuationWidth` (for a hanging indent: wrap with the room left after the bullet, then
/// draw the continuation lines further right).
///
/// - Lines break at spaces; the spaces at a break are dropped, other spaces are kept.
/// - A newline always ends a line; leading spaces after it (indentation) are kept.
/// - A word wider than the line is broken between characters.
/// - A single character wider than the line (a wide character on a 1-column line) gets a
///   line of its own rather than looping forever.
/// - Empty text gives one empty line.
public func wrap(_ text: String, firstLineWidth: Int, continuationWidth: Int) -> [String] {
    if let lines = wrapPlainNarrow(text, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth) { return lines }
    return wrapGenerally(text, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
}

/// `wrap` by glyphs and spans, for any text (`wrapPlainNarrow` is the shortcut it must agree with).
func wrapGenerally(_ text: String, firstLineWidth: Int, continuationWidth: Int) -> [String] {
    wrapGenerally([Span(text)], firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
        .map { line in line.map(\.text).joined() }
}

/// Styled spans broken into lines of at most `width` columns, with the same rules as
/// `wrap(_:firstLineWidth:continuationWidth:)`; a word may run across spans (`**bold**,`) and
/// is kept together. Adjacent pieces of one style on a line are merged into one span.
public func wrap(_ spans: [Span], width: Int) -> [StyledLine] {
    wrap(spans, firstLineWidth: width, continuationWidth: width)
}

/// Styled spans broken into lines; see `wrap(_:firstLineWidth:continuationWidth:)`.
public func wrap(_ spans: [Span], firstLineWidth: Int, continuationWidth: Int) -> [StyledLine] {
    if let lines = wrapPlainNarrow(spans, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth) { return lines }
    return wrapGenerally(spans, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
}

/// `wrap` of spans by glyphs, for any text (`wrapPlainNarrow` is the shortcut it must agree with).
func wrapGenerally(_ spans: [Span], firstLineWidth: Int, continuationWidth: Int) -> [StyledLine] {
    wrap(spans, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth, breaker: nil)
}

/// A place where a word too wide for its line may be cut.
public struct WordBreak: Equatable, Sendable {
    /// How many graphemes of the word go before the break.
    public var offset: Int
    /// Whether the line shows the break with a hyphen (a break inside letters does; one
    /// right after the word's own `-` or `/` need not).
    public var isMarked: Bool

    public init(offset: Int, isMarked: Bool) {
        self.offset = offset
        self.isMarked = isMarked
    }
}

/// A word as the wrapper sees it: its graphemes, and the index of the span each came from.
public struct WrappedWord {
    public var graphemes: [String]
    public var spanIndices: [Int]

    public var text: String { graphemes.joined() }
}

/// The places a word may break, for words wider than their line.
public typealias WordBreaker = (WrappedWord) -> [WordBreak]

/// Styled spans broken into lines of at most `width` columns, as `wrap(_:width:)`, except that
/// a word wider than the line breaks at the latest of `breaker`'s places that fits, and only
/// where none fits, between characters; either break is marked with `-` unless the place says
/// otherwise (or a line of one column leaves no room for the mark).
public func wrap(_ spans: [Span], width: Int, breakingWordsWith breaker: @escaping WordBreaker) -> [StyledLine] {
    wrap(spans, firstLineWidth: width, continuationWidth: width, breaker: breaker)
}

/// As `wrap(_:width:breakingWordsWith:)`, with a first line of its own width (a hanging indent).
public func wrap(_ spans: [Span], firstLineWidth: Int, continuationWidth: Int,
                 breakingWordsWith breaker: @escaping WordBreaker) -> [StyledLine] {
    wrap(spans, firstLineWidth: firstLineWidth, continuationWidth: continuationWidth, breaker: breaker)
}

private func wrap(_ spans: [Span], firstLineWidth: Int, continuationWidth: Int, breaker: WordBreaker?) -> [StyledLine] {
    var wrapper = LineWrapper(firstLineWidth: firstLineWidth, continuationWidth: continuationWidth, breaker: breaker)
    for (index, span) in spans.enumerated() {
        forEachGlyph(in: span.text) { glyph in
            switch glyph.kind {
            case .newline: wrapper.hardBreak()
            case .space, .tab: wrapper.space(span.style)
            case .text: wrapper.append(glyph, style: span.style, span: index)
            }
        }
    }
    return wrapper.finish()
}

/// The greedy line filler behind `wrap`: words collect until a space, then go onto the current
/// line if they fit, else onto a new one.
private struct LineWrapper {
    let firstLineWidth: Int
    let continuationWidth: Int
    let breaker: WordBreaker?

    var lines: [StyledLine] = []
    var line: StyledLine = []
    var lineWidth = 0
    /// Spaces seen since the last word, placed only if another word follows on the same line.
    var pendingSpaces: [Style] = []
    var word: [(glyph: Glyph, style: Style, span: Int)] = []
    var wordWidth = 0
    /// At the start of the text or after a newline, spaces are indentation and are kept.
    var atParagraphStart = true

    init(firstLineWidth: Int, continuationWidth: Int, breaker: WordBreaker?) {
        self.firstLineWidth = max(1, firstLineWidth)
        self.continuationWidth = max(1, continuationWidth)
        self.breaker = breaker
    }

    var limit: Int { lines.isEmpty ? firstLineWidth : continuationWidth }

    mutating func append(_ glyph: Glyph, style: Style, span: Int) {
        atParagraphStart = false
        word.append((glyph, style, span))
        wordWidth += glyph.width
    }

    mutating func space(_ style: Style) {
        flushWord()
        if atParagraphStart {
            if lineWidth + 1 <= limit {
                add(" ", style: style, width: 1)
            }
        } else {
            pendingSpaces.append(style)
        }
    }

    mutating func hardBreak() {
        flushWord()
        endLine()
        atParagraphStart = true
    }

    mutating func finish() -> [StyledLine] {
        flushWord()
        if !line.isEmpty || lines.isEmpty || atParagraphStart { endLine() }
        return lines
    }

    private mutating func flushWord() {
        guard !word.isEmpty else { return }
        let spacesWidth = pendingSpaces.count
        if lineWidth > 0 && lineWidth + spacesWidth + wordWidth > limit {
            endLine()
        } else {
            for style in pendingSpaces { add(" ", style: style, width: 1) }
        }
        pendingSpaces = []
        if let breaker, lineWidth + wordWidth > limit {
            placeBroken(at: breaker(WrappedWord(graphemes: word.map(\.glyph.text), spanIndices: word.map(\.span))))
        } else {
            // Place the word, breaking it between characters where it is wider than the line.
            for piece in word {
                if lineWidth > 0 && lineWidth + piece.glyph.width > limit { endLine() }
                add(piece.glyph, style: piece.style)
            }
        }
        word = []
        wordWidth = 0
    }

    /// Places a word wider than the line: each line takes the longest piece that ends at one
    /// of `breaks` (with its mark), else as many graphemes as fit beside a `-`.
    private mutating func placeBroken(at breaks: [WordBreak]) {
        var ends = [0]  // ends[i]: the width of the word's first i graphemes
        for piece in word { ends.append(ends[ends.count - 1] + piece.glyph.width) }
        let breaks = breaks.filter { $0.offset > 0 && $0.offset < word.count }.sorted { $0.offset < $1.offset }
        var start = 0
        while ends[word.count] - ends[start] > limit - lineWidth {
            let room = limit - lineWidth
            var end = start
            var marked = false
            for place in breaks where place.offset > start {
                let width = ends[place.offset] - ends[start]
                if width > room { break }
                if width + (place.isMarked ? 1 : 0) <= room { (end, marked) = (place.offset, place.isMarked) }
            }
            if end == start {
                while end < word.count && ends[end + 1] - ends[start] + 1 <= room { end += 1 }
                marked = true
            }
            if end == start {
                // Not one grapheme and a hyphen fit: on a fresh line, the grapheme alone.
                if lineWidth > 0 { endLine(); continue }
                (end, marked) = (start + 1, false)
            }
            for piece in word[start..<end] { add(piece.glyph, style: piece.style) }
            if marked { add("-", style: word[end - 1].style, width: 1) }
            endLine()
            start = end
        }
        for piece in word[start...] { add(piece.glyph, style: piece.style) }
    }

    private mutating func add(_ glyph: Glyph, style: Style) {
        if let last = line.indices.last, line[last].style == style {
            glyph.append(to: &line[last].text)
        } else {
            line.append(Span(glyph.text, style: style))
        }
        lineWidth += glyph.width
    }

    private mutating func add(_ text: String, style: Style, width: Int) {
        if let last = line.last, last.style == style {
            line[line.count - 1].text += text
        } else {
            line.append(Span(text, style: style))
        }
        lineWidth += width
    }

    private mutating func endLine() {
        lines.append(line)
        line = []
        lineWidth = 0
        pendingSpaces = []
    }
}
