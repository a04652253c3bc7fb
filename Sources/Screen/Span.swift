// Styled text: what views build and the wrapper lays out.

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A line of styled text.
public typealias StyledLine = [Span]

/// The display width of a styled line.
public func displayWidth(of spans: [Span]) -> Int {
    spans.reduce(0) { $0 + displayWidth(of: $1.text) }
}

/// `string` cut to at most `width` columns, ending with `ellipsis` when something was cut.
/// Never splits a character; a wide character that would straddle the limit is left out.
public func truncate(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth(of: string) <= width { return string }
    let ellipsisWidth = displayWidth(of: ellipsis)
    let room = width - ellipsisWidth
    guard room >= 0 else { return truncate(ellipsis, toWidth: width, ellipsis: "") }
    var result = ""
    var used = 0
    var full = false
    forEachGlyph(in: string) { glyph in
        guard !full else { return }
        if used + glyph.width > room {
            full = true
            return
        }
        glyph.append(to: &result)
        used += glyph.width
    }
    return result + ellipsis
}
