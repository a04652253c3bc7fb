import Screen

/// The open question's current code example, with line numbers and horizontal scrolling.
enum CodeView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let blocks = state.codeBlocks
        guard blocks.indices.contains(state.codeBlockIndex) else {
            PaneTitle.render("Код", focused: state.focus == .code, area: area, theme: theme, into: &buffer)
            buffer.put(" Нет примеров кода", at: Point(x: area.x, y: area.y + 1), style: theme.style(.dim), clip: area)
            return
        }
        let block = blocks[state.codeBlockIndex]
        let lines = state.codeLines
        let content = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(area.height - 1, 0))
        let numberWidth = String(lines.count).count
        let gutter = numberWidth + 2
        let textArea = textArea(content: content, lineCount: lines.count)
        PaneTitle.render("Код · блок \(state.codeBlockIndex + 1)/\(blocks.count)",
                         detail: detail(state, language: block.language, visible: content.height, textWidth: textArea.width),
                         focused: state.focus == .code, area: area, theme: theme, into: &buffer)
        var y = content.y
        var index = state.codeScroll
        while y < content.maxY, lines.indices.contains(index) {
            let number = String(index + 1).leftPadded(toWidth: numberWidth) + " "
            buffer.put(number, at: Point(x: content.x, y: y), style: theme.style(.lineNumber), clip: content)
            if state.codeWraps {
                // Continuation rows carry a mark in the gutter and no number.
                for (part, piece) in CodeText.wrapColumns(lines[index], width: textArea.width).enumerated() where y < content.maxY {
                    if part > 0 {
                        buffer.put(CodeText.continuationMark.leftPadded(toWidth: numberWidth), at: Point(x: content.x, y: y), style: theme.style(.lineNumber), clip: content)
                    }
                    draw(piece, row: y, line: index, in: textArea, state: state, into: &buffer)
                    y += 1
                }
            } else {
                let visible = CodeView.dropColumns(lines[index], count: state.codeColumn)
                draw(visible, row: y, line: index, in: textArea, state: state, into: &buffer)
                // A line the pane cuts says so at the edge where it goes on.
                let width = state.codeLineWidths[index]
                if width > state.codeColumn + textArea.width, textArea.width > 0 {
                    buffer.put("›", at: Point(x: textArea.maxX - 1, y: y), style: theme.style(.lineNumber).patched(with: Style(attributes: .bold)))
                }
                if state.codeColumn > 0, width > 0, gutter > 1 {
                    buffer.put("‹", at: Point(x: textArea.x - 1, y: y), style: theme.style(.lineNumber).patched(with: Style(attributes: .bold)))
                }
                y += 1
            }
            index += 1
        }
    }

    /// Where the code itself shows: the pane's content less the line numbers.
    static func textArea(content: Rect, lineCount: Int) -> Rect {
        let gutter = String(lineCount).count + 2
        return Rect(x: content.x + gutter, y: content.y, width: max(content.width - gutter, 0), height: content.height)
    }

    private static func draw(_ line: StyledLine, row y: Int, line index: Int, in textArea: Rect, state: AppState, into buffer: inout Buffer) {
        let lineArea = Rect(x: textArea.x, y: y, width: textArea.width, height: 1)
        buffer.put(line, at: lineArea.origin, clip: lineArea)
        let isCurrent = state.search?.currentMatch(in: state.openQuestionID) == .code(block: state.codeBlockIndex, line: index)
        MatchHighlight.patch(matchesOf: state, codeLine: index, line: line, at: lineArea.origin, clip: lineArea, isCurrent: isCurrent, into: &buffer)
    }

    /// The language, the vertical position, and where the pane is sideways when it cuts lines.
    static func detail(_ state: AppState, language: String?, visible: Int, textWidth: Int) -> String {
        var detail = "\(language ?? "текст") · " + AnswerView.scrollPosition(top: state.codeScroll, visible: visible, total: state.codeLines.count)
        if state.codeWraps {
            detail += " · перенос"
        } else if state.codeWidth > textWidth {
            let last = min(state.codeColumn + textWidth, state.codeWidth)
            detail += " · стлб \(state.codeColumn + 1)–\(last)/\(state.codeWidth)"
        }
        return detail
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
