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
        var code: [Int] = []
        append(inlines, style: base, to: &spans, code: &code)
        return spans
    }

    /// The spans, and the indices of those that hold code (inline code, keys, a link's
    /// address), which are never hyphenated as words of a language.
    func spansMarkingCode(_ inlines: [Inline], base: Style) -> (spans: [Span], code: [Int]) {
        var spans: [Span] = []
        var code: [Int] = []
        append(inlines, style: base, to: &spans, code: &code)
        return (spans, code)
    }

    private func append(_ inlines: [Inline], style: Style, to spans: inout [Span], code codeSpans: inout [Int]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                spans.append(Span(text, style: style))
            case .code(let code):
                codeSpans.append(spans.count)
                spans.append(Span(code, style: style.patched(with: theme.style(.inlineCode))))
            case .strong(let children):
                append(children, style: style.patched(with: theme.style(.strong)), to: &spans, code: &codeSpans)
            case .emphasis(let children):
                append(children, style: style.patched(with: theme.style(.emphasis)), to: &spans, code: &codeSpans)
            case .link(let text, let destination):
                let number = links?.add(text: text.plainText, destination: destination) ?? 0
                append(text, style: style.patched(with: theme.style(.link)).with(link: number), to: &spans, code: &codeSpans)
                // Where the terminal draws hyperlinks, the text is the link; elsewhere a reader
                // cannot follow it: show where it goes when the text does not.
                let drawnAsHyperlink = links?.display == .hyperlinks && AnswerLink.isExternal(destination)
                if !drawnAsHyperlink && text.plainText != destination && !destination.isEmpty && !AnswerLink.leadsIntoLibrary(destination) {
                    codeSpans.append(spans.count)  // an address breaks at its slashes, never hyphenated
                    spans.append(Span(" (\(destination))", style: style.patched(with: theme.style(.dim))))
                }
            case .softBreak:
                spans.append(Span(" ", style: style))
            case .lineBreak:
                spans.append(Span("\n", style: style))
            case .strikethrough(let children):
                append(children, style: style.patched(with: theme.style(.dim)).adding(.strikethrough), to: &spans, code: &codeSpans)
            case .keyboard(let key):
                codeSpans.append(spans.count)
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
