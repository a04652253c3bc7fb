import Chapter
import Hyphenation
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
    /// Where table cells' long words may break.
    public var hyphenator: Hyphenator
    /// How links to the web show: as terminal hyperlinks (the text alone) or with their URL after.
    public var links: LinkDisplay

    public init(theme: Theme, code: CodeDisplay, hyphenator: Hyphenator = .system, links: LinkDisplay = .urlAfterText) {
        self.theme = theme
        self.code = code
        self.hyphenator = hyphenator
        self.links = links
    }

    /// `appendix` is the chapter's "См. также" and the like: given for its last question,
    /// it is shown after the answer. `followUpTargets` names where linked follow-ups lead
    /// ("04/8"), by their place in the follow-up list.
    public func render(_ question: Question, width: Int, note: String? = nil, appendix: [Section] = [],
                       followUpTargets: [Int: String] = [:]) -> RenderedAnswer {
        var output = Output(width: max(width, 1), links: LinkCollector(display: links))
        output.footnoteNumbers = Dictionary(question.footnotes.map { ($0.label, $0.number) }, uniquingKeysWith: { first, _ in first })
        let titleStyle = theme.style(.heading)
        output.add(wrap([Span(question.heading, style: titleStyle)], width: output.width))
        let codeCount = question.codeBlocks.count
        for section in question.sections {
            output.blankLine()
            output.answer.sectionStarts.append(SectionStart(kind: section.kind, line: output.answer.lines.count))
            if !section.title.isEmpty {
                output.add(wrap([Span(section.title, style: theme.style(.sectionHeading))], width: output.width))
            }
            let followUpList = section.kind == .interview ? Interview.followUpListIndex(in: section) : nil
            for (position, block) in section.blocks.enumerated() {
                if position > 0 { output.blankLineIfNeeded() }
                if position == followUpList, case .list(let list) = block.content {
                    addFollowUps(list, targets: followUpTargets, codeCount: codeCount, to: &output)
                } else {
                    add(block, indent: 0, codeCount: codeCount, to: &output)
                }
            }
        }
        addFootnotes(question.footnotes, codeCount: codeCount, to: &output)
        for section in appendix {
            output.blankLine()
            output.answer.appendixStarts.append(output.answer.lines.count)
            output.add(wrap([Span(section.title, style: theme.style(.sectionHeading))], width: output.width))
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
        output.answer.links = output.links.links
        return output.answer
    }

    /// Collects lines and the positions of code blocks.
    struct Output {
        var width: Int
        /// Shared by a quote's inner output and its outer one: links are numbered across the answer.
        var links: LinkCollector
        var answer = RenderedAnswer()
        /// Footnote labels to the numbers the reader sees.
        var footnoteNumbers: [String: Int] = [:]

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
        let styling = InlineStyling(theme: theme, footnoteNumbers: output.footnoteNumbers, links: output.links)
        let pad = Span(String(repeating: " ", count: indent))
        func indented(_ lines: [StyledLine]) -> [StyledLine] {
            indent == 0 ? lines : lines.map { [pad] + $0 }
        }
        switch block.content {
        case .paragraph(let inlines):
            if inlines.isEmpty { return }
            output.add(indented(wrap(styling.spans(inlines, base: theme.style(.text)), width: room)))
        case .heading(_, let inlines):
            output.add(indented(wrap(styling.spans(inlines, base: theme.style(.strong)), width: room)))
        case .list(let list):
            addList(list, indent: indent, codeCount: codeCount, to: &output)
        case .table(let table):
            output.add(indented(TableRenderer(theme: theme, hyphenator: hyphenator, links: output.links).render(table, width: room)))
        case .code(let codeBlock):
            output.answer.codeBlockLines.append(output.answer.lines.count)
            let number = output.answer.codeBlockLines.count
            let (lines, isInline) = codeLines(codeBlock, number: number, of: codeCount, width: room)
            if isInline { output.answer.inlineCodeBlocks.insert(number - 1) }
            output.add(indented(lines))
        case .quote(let blocks):
            let bars = room >= Self.minimumRoom + 2 ? [Span("│ ", style: theme.style(.quote))] : []
            var inner = Output(width: room - 2 * bars.count, links: output.links)
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
        case .details(let summary, let blocks):
            addDetails(summary: summary, blocks: blocks, indent: indent, codeCount: codeCount, to: &output)
        }
    }

    /// `<details>`: its summary as a title, its content indented under it.
    func addDetails(summary: [Inline], blocks: [Block], indent: Int, codeCount: Int, to output: inout Output) {
        let styling = InlineStyling(theme: theme, footnoteNumbers: output.footnoteNumbers, links: output.links)
        let title = summary.isEmpty ? [Inline.text("Подробнее")] : summary
        let marker = Span("▾ ", style: theme.style(.bullet))
        let pad = Span(String(repeating: " ", count: indent))
        let lines = wrap(styling.spans(title, base: theme.style(.strong)), width: max(output.width - indent - 2, 1))
        for (index, line) in lines.enumerated() {
            output.add([[pad, index == 0 ? marker : Span("  ")] + line])
        }
        for (position, block) in blocks.enumerated() {
            if position > 0 { output.blankLineIfNeeded() }
            add(block, indent: indent + 2, codeCount: codeCount, to: &output)
        }
    }

    /// The follow-up list, item by item, so the browser knows each one's lines; a linked
    /// follow-up ends with where it leads ("→ 04/8").
    func addFollowUps(_ list: List, targets: [Int: String], codeCount: Int, to output: inout Output) {
        for (position, item) in list.items.enumerated() {
            let start = output.answer.lines.count
            let single = List(isOrdered: list.isOrdered, start: list.start + position, items: [item],
                              checks: list.checks.indices.contains(position) ? [list.checks[position]] : [])
            addList(single, indent: 0, codeCount: codeCount, to: &output)
            if let target = targets[position] {
                let label = Span(" → " + target, style: theme.style(.link))
                let last = output.answer.lines.count - 1
                if last >= start, displayWidth(of: output.answer.lines[last]) + displayWidth(of: [label]) <= output.width {
                    output.answer.lines[last].append(label)
                } else {
                    output.add(wrap([Span("  "), Span("→ " + target, style: theme.style(.link))], width: output.width))
                }
            }
            output.answer.followUpLines.append(start..<output.answer.lines.count)
        }
    }

    /// The footnotes under the answer: "1. text".
    func addFootnotes(_ footnotes: [Footnote], codeCount: Int, to output: inout Output) {
        guard !footnotes.isEmpty else { return }
        output.blankLine()
        output.add(wrap([Span("Сноски", style: theme.style(.sectionHeading))], width: output.width))
        let items = footnotes.map(\.blocks)
        addList(List(isOrdered: true, start: footnotes[0].number, items: items), indent: 0, codeCount: codeCount, to: &output)
    }

    func addList(_ list: List, indent: Int, codeCount: Int, to output: inout Output) {
        let lastNumber = list.start + list.items.count - 1
        let markerWidth = list.isOrdered ? String(lastNumber).count + 2 : 2
        for (position, item) in list.items.enumerated() {
            let marker = switch list.check(at: position) {
            case true?: "☑"
            case false?: "☐"
            case nil: list.isOrdered ? "\(list.start + position)." : "•"
            }
            // A marker with no column left beside it for the text stands on its own line.
            let markerFits = indent + markerWidth < output.width
            let markerSpan = Span(markerFits ? marker.padding(toWidth: markerWidth) : truncate(marker, toWidth: output.width - indent),
                                  style: theme.style(.bullet))
            let hanging = markerFits ? indent + markerWidth : indent
            var first = true
            for block in item {
                if case .paragraph(let inlines) = block.content, first, markerFits {
                    let spans = InlineStyling(theme: theme, footnoteNumbers: output.footnoteNumbers, links: output.links).spans(inlines, base: theme.style(.text))
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

    /// The lines a code block takes in the answer, and whether they are the code itself.
    func codeLines(_ block: CodeBlock, number: Int, of count: Int, width: Int) -> (lines: [StyledLine], isInline: Bool) {
        switch code {
        case .placeholder:
            // Counted over the bytes: splitting the code into strings cost 12% of a keystroke.
            var newlines = 0
            for byte in block.code.utf8 where byte == 0x0A { newlines += 1 }
            let lineCount = newlines + 1 - (block.code.utf8.last == 0x0A ? 1 : 0)
            if let inline = inlineLines(block, lineCount: lineCount, width: width) { return (inline, true) }
            let language = block.language.map { "\($0), " } ?? ""
            let text = "▸ пример кода \(number)/\(count) (\(language)\(lineCount) стр.) — в панели кода"
            return ([[Span(truncate(text, toWidth: width), style: theme.style(.placeholder))]], false)
        case .inline(let highlight):
            let lines = highlight?(block) ?? CodeText.lines(block.code).map { [Span($0, style: theme.style(.codeBlock))] }
            // A line wider than the room wraps; its continuation rows start with the code
            // pane's mark where the indent was.
            let indent = width > 8 ? 4 : 0
            let first = Span(String(repeating: " ", count: indent))
            let continuation = Span(indent > 0 ? "  \(CodeText.continuationMark) " : "", style: theme.style(.lineNumber))
            return (lines.flatMap { line in
                CodeText.wrapColumns(line, width: width - indent).enumerated().map { row, piece in
                    (row == 0 ? [first] : [continuation]) + piece
                }
            }, true)
        }
    }

    /// A block short enough to read where it stands: a few lines of code, or a diagram
    /// (a block with no language, or plain text) of up to a screenful, whose every line fits
    /// the answer. Read inline, it spares a look at the code pane; the code pane has it too.
    func inlineLines(_ block: CodeBlock, lineCount: Int, width: Int) -> [StyledLine]? {
        let isDiagram = block.language.map { ["", "text", "txt", "plain", "plaintext", "ascii"].contains($0.lowercased()) } ?? true
        guard lineCount <= Self.shortCodeLines || (isDiagram && lineCount <= Self.diagramLines) else { return nil }
        let lines = CodeStyling.lines(of: block, theme: theme)
        guard lines.allSatisfy({ displayWidth(of: $0) + Self.inlineIndent.count <= width }) else { return nil }
        return lines.map { [Span(Self.inlineIndent)] + $0 }
    }

    static let shortCodeLines = 3
    static let diagramLines = 12
    static let inlineIndent = "  "
}

/// Splitting code into lines the way the code pane shows them.
public enum CodeText {
    /// The lines of a code block, without the final newline's empty line.
    public static func lines(_ code: String) -> [String] {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// What starts a row that goes on with the line above (the code pane's gutter, `show`).
    public static let continuationMark = "↪"

    /// A line cut into pieces of `width` columns (a wide character never split).
    public static func wrapColumns(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard width > 0 else { return [line] }
        var pieces: [StyledLine] = [[]]
        var used = 0
        for span in line {
            var text = ""
            for character in span.text {
                let cells = displayWidth(of: character)
                if used + cells > width, used > 0 {
                    if !text.isEmpty { pieces[pieces.count - 1].append(Span(text, style: span.style)) }
                    pieces.append([])
                    text = ""
                    used = 0
                }
                text.append(character)
                used += cells
            }
            if !text.isEmpty { pieces[pieces.count - 1].append(Span(text, style: span.style)) }
        }
        return pieces
    }
}

extension String {
    /// The string padded with spaces on the right to a display width.
    func padding(toWidth width: Int) -> String {
        let missing = width - displayWidth(of: self)
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
