import Screen

/// The open question's current code example, with line numbers and horizontal scrolling.
enum CodeView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let blocks = state.codeBlocks
        guard let block = state.currentCodeBlock else {
            PaneTitle.render("Код", focused: state.focus == .code, area: area, theme: theme, into: &buffer)
            buffer.put(" Нет примеров кода", at: Point(x: area.x, y: area.y + 1), style: theme.style(.dim), clip: area)
            return
        }
        let lines = state.codeLines
        let content = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(area.height - 1, 0))
        let detail = "\(block.language ?? "текст") · " + AnswerView.scrollPosition(top: state.codeScroll, visible: content.height, total: lines.count)
        PaneTitle.render("Код · блок \(state.codeBlockIndex + 1)/\(blocks.count)", detail: detail,
                         focused: state.focus == .code, area: area, theme: theme, into: &buffer)
        let numberWidth = String(lines.count).count
        let gutter = numberWidth + 2
        let textArea = Rect(x: content.x + gutter, y: content.y, width: max(content.width - gutter, 0), height: content.height)
        for row in 0..<content.height {
            let index = state.codeScroll + row
            guard lines.indices.contains(index) else { break }
            let y = content.y + row
            buffer.put(String(index + 1).leftPadded(toWidth: numberWidth) + " ", at: Point(x: content.x, y: y),
                       style: theme.style(.lineNumber), clip: content)
            let visible = CodeView.dropColumns(lines[index], count: state.codeColumn)
            let lineArea = Rect(x: textArea.x, y: y, width: textArea.width, height: 1)
            buffer.put(visible, at: lineArea.origin, clip: lineArea)
            MatchHighlight.patch(state.search?.highlighter, line: visible, at: lineArea.origin, clip: lineArea, theme: theme, into: &buffer)
        }
    }

    /// A line with its first `count` columns scrolled off (a wide character cut in half becomes a space).
    static func dropColumns(_ line: StyledLine, count: Int) -> StyledLine {
        guard count > 0 else { return line }
        var skipped = 0
        var result: StyledLine = []
        for span in line {
            if skipped >= count { result.append(span); continue }
            var kept = ""
            for character in span.text {
                if skipped >= count { kept.append(character); continue }
                skipped += displayWidth(of: character)
                if skipped > count { kept.append(" ") }
            }
            if !kept.isEmpty { result.append(Span(kept, style: span.style)) }
        }
        return result
    }
}
