import Screen

/// The open question's answer, scrolled; code examples are placeholders pointing to the code pane.
enum AnswerView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let answer = state.renderedAnswer
        let content = state.layout.answerContent
        let detail = answer.lines.isEmpty ? "" : scrollPosition(top: state.answerScroll, visible: content.height, total: answer.lines.count)
        PaneTitle.render("Ответ", detail: detail, focused: state.focus == .answer, area: area, theme: theme, into: &buffer)
        let current = state.search?.currentMatch(in: state.openQuestionID)
        let shownPlaceholder = placeholderOfShownBlock(state)
        // The follow-up Tab focused stands out while the answer has the focus.
        let focused = state.focus == .answer ? state.focusedFollowUp.map { answer.followUpLines[$0] } : nil
        let focusStyle = theme.style(.listSelected)
        // Link n of the answer is hyperlink n of the frame: the terminal opens those to the web.
        if state.navigation.hyperlinks {
            buffer.hyperlinks = answer.links.map { $0.isExternal ? $0.destination : nil }
        }
        for row in 0..<content.height {
            let index = state.answerScroll + row
            guard answer.lines.indices.contains(index) else { break }
            let line = Rect(x: content.x, y: content.y + row, width: content.width, height: 1)
            if let focused, focused.contains(index) {
                buffer.put(answer.lines[index].map { Span($0.text, style: $0.style.patched(with: focusStyle)) }, at: line.origin, clip: line)
                continue
            }
            buffer.put(answer.lines[index], at: line.origin, clip: line)
            if index == shownPlaceholder {
                buffer.patchStyle(theme.style(.placeholderCurrent), in: line)
            }
            MatchHighlight.patch(matchesOf: state, answerLine: index, line: answer.lines[index], at: line.origin, clip: line,
                                 isCurrent: current == .answer(line: index), into: &buffer)
        }
    }

    /// The answer line of the placeholder whose block the code pane shows beside the answer.
    static func placeholderOfShownBlock(_ state: AppState) -> Int? {
        let answer = state.renderedAnswer
        guard !state.layout.code.isEmpty, answer.codeBlockLines.indices.contains(state.codeBlockIndex),
              !answer.inlineCodeBlocks.contains(state.codeBlockIndex) else { return nil }
        return answer.codeBlockLines[state.codeBlockIndex]
    }

    /// "Верх", "Низ", "Всё" or a percentage, as less and vim show it.
    static func scrollPosition(top: Int, visible: Int, total: Int) -> String {
        if total <= visible { return "всё" }
        if top == 0 { return "начало" }
        if top + visible >= total { return "конец" }
        return "\((top + visible) * 100 / total)%"
    }
}
