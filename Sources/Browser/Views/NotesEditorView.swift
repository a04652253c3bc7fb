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
        let content = state.layout.content(of: .notes)
        let lines = editing.editor.visibleLines(viewport: editing.editor.viewport)
        for (row, line) in lines.prefix(content.height).enumerated() {
            let rowArea = Rect(x: content.x + 1, y: content.y + row, width: max(content.width - 1, 0), height: 1)
            buffer.put(line.text, at: rowArea.origin, style: theme.style(.text), clip: rowArea)
        }
        if editing.editor.isEmpty && state.focus == .notes {
            buffer.put("Пишите: Esc сохранит и закроет", at: Point(x: content.x + 1, y: content.y), style: theme.style(.placeholder), clip: content)
        }
    }

    /// The terminal cursor inside the editor, when it has focus.
    static func cursor(_ state: AppState) -> Point? {
        guard let editing = state.editing, state.focus == .notes, state.overlay == nil else { return nil }
        let content = state.layout.content(of: .notes)
        let cell = editing.editor.cursorCell
        let point = Point(x: content.x + 1 + cell.x, y: content.y + cell.y)
        return content.contains(point) ? point : nil
    }
}
