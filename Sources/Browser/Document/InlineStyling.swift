import Chapter
import Screen

/// Turns Markdown inlines into styled spans with the theme's markup roles.
struct InlineStyling {
    var theme: Theme
    /// The numbers of the answer's footnotes, by label.
    var footnoteNumbers: [String: Int] = [:]

    func spans(_ inlines: [Inline], base: Style) -> [Span] {
        var spans: [Span] = []
        append(inlines, style: base, to: &spans)
        return spans
    }

    private func append(_ inlines: [Inline], style: Style, to spans: inout [Span]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                spans.append(Span(text, style: style))
            case .code(let code):
                spans.append(Span(code, style: style.patched(with: theme.style(.inlineCode))))
            case .strong(let children):
                append(children, style: style.patched(with: theme.style(.strong)), to: &spans)
            case .emphasis(let children):
                append(children, style: style.patched(with: theme.style(.emphasis)), to: &spans)
            case .link(let text, let destination):
                append(text, style: style.patched(with: theme.style(.link)), to: &spans)
                // A reader in a terminal cannot follow a link: show where it goes when the text does not.
                if text.plainText != destination && !destination.isEmpty && !destination.hasSuffix(".md") {
                    spans.append(Span(" (\(destination))", style: style.patched(with: theme.style(.dim))))
                }
            case .softBreak:
                spans.append(Span(" ", style: style))
            case .lineBreak:
                spans.append(Span("\n", style: style))
            case .strikethrough(let children):
                append(children, style: style.patched(with: theme.style(.dim)).adding(.strikethrough), to: &spans)
            case .keyboard(let key):
                spans.append(Span("[\(key)]", style: style.patched(with: theme.style(.inlineCode))))
            case .image(let alt, _):
                spans.append(Span("[рисунок: \(alt.isEmpty ? "без подписи" : alt)]", style: style.patched(with: theme.style(.dim))))
            case .footnoteReference(let label):
                let mark = footnoteNumbers[label].map { "[\($0)]" } ?? "[^\(label)]"
                spans.append(Span(mark, style: style.patched(with: theme.style(.link))))
            }
        }
    }
}
