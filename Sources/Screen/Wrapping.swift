// Word wrapping by display width. Lines break at spaces; a word longer than a line is broken
// between characters; a character (grapheme) is never split.

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
    wrap([Span(text)], firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
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
    var wrapper = LineWrapper(firstLineWidth: firstLineWidth, continuationWidth: continuationWidth)
    for span in spans {
        forEachGlyph(in: span.text) { glyph in
            switch glyph.kind {
            case .newline: wrapper.hardBreak()
            case .space, .tab: wrapper.space(span.style)
            case .text: wrapper.append(glyph, style: span.style)
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

    var lines: [StyledLine] = []
    var line: StyledLine = []
    var lineWidth = 0
    /// Spaces seen since the last word, placed only if another word follows on the same line.
    var pendingSpaces: [Style] = []
    var word: [(glyph: Glyph, style: Style)] = []
    var wordWidth = 0
    /// At the start of the text or after a newline, spaces are indentation and are kept.
    var atParagraphStart = true

    init(firstLineWidth: Int, continuationWidth: Int) {
        self.firstLineWidth = max(1, firstLineWidth)
        self.continuationWidth = max(1, continuationWidth)
    }

    var limit: Int { lines.isEmpty ? firstLineWidth : continuationWidth }

    mutating func append(_ glyph: Glyph, style: Style) {
        atParagraphStart = false
        word.append((glyph, style))
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
        // Place the word, breaking it between characters where it is wider than the line.
        for piece in word {
            if lineWidth > 0 && lineWidth + piece.glyph.width > limit { endLine() }
            add(piece.glyph, style: piece.style)
        }
        word = []
        wordWidth = 0
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
