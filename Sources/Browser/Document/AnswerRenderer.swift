import Chapter
import Screen

/// Lays out a question's answer as styled lines for a width: headings, wrapped
/// paragraphs, lists with hanging indents, tables with box-drawing characters.
///
/// Code examples are either drawn inline, indented (`sobes show`), or replaced by a
/// one-line pointer to the code pane (the browser).
public struct AnswerRenderer: Sendable {
    public enum CodeDisplay: Sendable {
        /// One line per code block that points to the code pane.
        case placeholder
        /// The code itself, indented, coloured by `highlight` when given.
        case inline(highlight: (@Sendable (CodeBlock) -> [StyledLine])?)
    }

    public var theme: Theme
    public var code: CodeDisplay

    public init(theme: Theme, code: CodeDisplay) {
        self.theme = theme
        self.code = code
    }

    public func render(_ question: Question, width: Int, note: String? = nil) -> RenderedAnswer {
        var output = Output(width: max(width, 1))
        let titleStyle = theme.style(.heading)
        output.add(wrap([Span("Вопрос \(question.number). \(question.title)", style: titleStyle)], width: output.width))
        let codeCount = question.codeBlocks.count
        for section in question.sections {
            output.blankLine()
            output.answer.sectionStarts.append((section.kind, output.answer.lines.count))
            if !section.title.isEmpty {
                output.add(wrap([Span(section.title, style: theme.style(.sectionHeading))], width: output.width))
            }
            for (position, block) in section.blocks.enumerated() {
                if position > 0 { output.blankLineIfNeeded() }
                add(block, indent: 0, codeCount: codeCount, to: &output)
            }
        }
        if let note, !note.trimmingWhitespace().isEmpty {
            output.blankLine()
            output.answer.noteLine = output.answer.lines.count
            output.add(wrap([Span("Моя заметка", style: theme.style(.noteMark))], width: output.width))
            output.add(wrap([Span(note, style: theme.style(.text))], width: output.width))
        }
        return output.answer
    }

    /// Collects lines and the positions of code blocks.
    struct Output {
        var width: Int
        var answer = RenderedAnswer()

        mutating func add(_ lines: [StyledLine]) { answer.lines += lines }
        mutating func blankLine() { answer.lines.append([]) }
        mutating func blankLineIfNeeded() {
            if let last = answer.lines.last, !last.isEmpty { blankLine() }
        }
    }

    /// Nesting stops taking columns once only this many would be left for the text, so deeply
    /// nested lists and quotes stay within the width instead of wrapping a character a line.
    static let minimumRoom = 20

    func add(_ block: Block, indent requested: Int, codeCount: Int, to output: inout Output) {
        let indent = min(requested, max(output.width - Self.minimumRoom, 0))
        let room = max(output.width - indent, 1)
        let styling = InlineStyling(theme: theme)
        let pad = Span(String(repeating: " ", count: indent))
        func indented(_ lines: [StyledLine]) -> [StyledLine] {
            indent == 0 ? lines : lines.map { [pad] + $0 }
        }
        switch block.content {
        case .paragraph(let inlines):
            output.add(indented(wrap(styling.spans(inlines, base: theme.style(.text)), width: room)))
        case .heading(_, let inlines):
            output.add(indented(wrap(styling.spans(inlines, base: theme.style(.strong)), width: room)))
        case .list(let list):
            addList(list, indent: indent, codeCount: codeCount, to: &output)
        case .table(let table):
            output.add(indented(TableRenderer(theme: theme).render(table, width: room)))
        case .code(let codeBlock):
            output.answer.codeBlockLines.append(output.answer.lines.count)
            output.add(indented(codeLines(codeBlock, number: output.answer.codeBlockLines.count, of: codeCount, width: room)))
        case .quote(let blocks):
            let bars = room >= Self.minimumRoom + 2 ? [Span("│ ", style: theme.style(.quote))] : []
            var inner = Output(width: room - 2 * bars.count)
            for (position, child) in blocks.enumerated() {
                if position > 0 { inner.blankLineIfNeeded() }
                add(child, indent: 0, codeCount: codeCount, to: &inner)
            }
            let quoteStyle = theme.style(.quote)
            output.add(indented(inner.answer.lines.map { line in
                bars + line.map { Span($0.text, style: $0.style.patched(with: quoteStyle)) }
            }))
        case .rule:
            output.add(indented([[Span(String(repeating: "─", count: room), style: theme.style(.tableBorder))]]))
        }
    }

    func addList(_ list: List, indent: Int, codeCount: Int, to output: inout Output) {
        let lastNumber = list.start + list.items.count - 1
        let markerWidth = list.isOrdered ? String(lastNumber).count + 2 : 2
        for (position, item) in list.items.enumerated() {
            let marker = list.isOrdered ? "\(list.start + position)." : "•"
            // A marker with no column left beside it for the text stands on its own line.
            let markerFits = indent + markerWidth < output.width
            let markerSpan = Span(markerFits ? marker.padding(toWidth: markerWidth) : truncate(marker, toWidth: output.width - indent),
                                  style: theme.style(.bullet))
            let hanging = markerFits ? indent + markerWidth : indent
            var first = true
            for block in item {
                if case .paragraph(let inlines) = block.content, first, markerFits {
                    let spans = InlineStyling(theme: theme).spans(inlines, base: theme.style(.text))
                    let lines = wrap(spans, width: max(output.width - hanging, 1))
                    let pad = Span(String(repeating: " ", count: indent))
                    let hang = Span(String(repeating: " ", count: hanging))
                    for (index, line) in lines.enumerated() {
                        output.answer.lines.append(index == 0 ? [pad, markerSpan] + line : [hang] + line)
                    }
                } else {
                    if first {
                        output.answer.lines.append([Span(String(repeating: " ", count: indent)), markerSpan])
                    }
                    add(block, indent: hanging, codeCount: codeCount, to: &output)
                }
                first = false
            }
        }
    }

    func codeLines(_ block: CodeBlock, number: Int, of count: Int, width: Int) -> [StyledLine] {
        switch code {
        case .placeholder:
            let lineCount = block.code.split(separator: "\n", omittingEmptySubsequences: false).count - (block.code.hasSuffix("\n") ? 1 : 0)
            let language = block.language.map { "\($0), " } ?? ""
            let text = "▸ пример кода \(number)/\(count) (\(language)\(lineCount) стр.) — в панели кода"
            return [[Span(truncate(text, toWidth: width), style: theme.style(.placeholder))]]
        case .inline(let highlight):
            let lines = highlight?(block) ?? CodeText.lines(block.code).map { [Span($0, style: theme.style(.codeBlock))] }
            return lines.map { [Span("    ")] + $0 }
        }
    }
}

/// Splitting code into lines the way the code pane shows them.
public enum CodeText {
    /// The lines of a code block, without the final newline's empty line.
    public static func lines(_ code: String) -> [String] {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }
}

extension String {
    /// The string padded with spaces on the right to a display width.
    func padding(toWidth width: Int) -> String {
        let missing = width - displayWidth(of: self)
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
