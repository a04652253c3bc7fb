import Chapter
import Screen

/// Turns Markdown inlines into styled spans with the theme's markup roles.
struct InlineStyling {
    var theme: Theme
    /// The numbers of the answer's footnotes, by label.
    var footnoteNumbers: [String: Int] = [:]
    /// Where the answer's links are gathered; each link's spans carry its number (`Style.link`).
    var links: LinkCollector?

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
                let number = links?.add(text: text.plainText, destination: destination) ?? 0
                append(text, style: style.patched(with: theme.style(.link)).with(link: number), to: &spans)
                // Where the terminal draws hyperlinks, the text is the link; elsewhere a reader
                // cannot follow it: show where it goes when the text does not.
                let drawnAsHyperlink = links?.display == .hyperlinks && AnswerLink.isExternal(destination)
                if !drawnAsHyperlink && text.plainText != destination && !destination.isEmpty && !AnswerLink.leadsIntoLibrary(destination) {
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
