import Screen

/// The note being edited, soft-wrapped, with the terminal cursor where typing goes.
enum NotesEditorView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard let editing = state.editing else { return }
        let theme = state.theme
        let status: String
        if editing.saveError != nil {
            status = "не сохранено!"
        } else {
            status = editing.isDirty ? "● правка" : "сохранено"
        }
        PaneTitle.render("Заметка · вопрос \(editing.questionID.number)", detail: status,
                         focused: state.focus == .notes, area: area, theme: theme, into: &buffer)
        if editing.saveError != nil {
            let detailWidth = displayWidth(of: status) + 1
            buffer.patchStyle(theme.style(.error), in: Rect(x: area.maxX - detailWidth, y: area.y, width: detailWidth, height: 1))
        }
        editing.editor.draw(into: &buffer, area: textArea(state), style: theme.style(.text))
        if let find = editing.find, state.focus == .notes {
            let area = textArea(state)
            for match in editing.editor.visibleMatches(of: find.text) {
                let cells = Rect(x: area.x + match.columns.lowerBound, y: area.y + match.row, width: match.columns.count, height: 1)
                buffer.patchStyle(theme.style(match.isCurrent ? .searchMatchCurrent : .searchMatch), in: cells.intersection(area))
            }
        }
        let content = state.layout.content(of: .notes)
        if editing.editor.isEmpty && state.focus == .notes {
            buffer.put("Пишите: Esc сохранит и закроет", at: Point(x: content.x + 1, y: content.y), style: theme.style(.placeholder), clip: content)
        }
    }

    /// The cells the note's text takes: the pane below its title, less a column of margin.
    static func textArea(_ state: AppState) -> Rect { textArea(in: state.layout) }

    static func textArea(in layout: Layout) -> Rect {
        layout.content(of: .notes).inset(left: 1)
    }

    /// The editor's viewport for a layout: what it wraps and scrolls to.
    static func viewport(in layout: Layout) -> EditorViewport {
        let area = textArea(in: layout)
        return EditorViewport(width: max(area.width, 1), height: max(area.height, 1))
    }

    /// The terminal cursor inside the editor when it has focus, or in its find prompt.
    static func cursor(_ state: AppState) -> Point? {
        guard let editing = state.editing, state.focus == .notes, state.overlay == nil else { return nil }
        if editing.find != nil { return NoteFindLine.cursor(state) }
        let area = textArea(state)
        let cell = editing.editor.cursorCell
        let point = Point(x: area.x + cell.x, y: area.y + cell.y)
        return area.contains(point) ? point : nil
    }
}
