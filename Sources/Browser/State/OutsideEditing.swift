import Chapter

extension AppState {
    /// `E`: the open question's note in the reader's own editor. Its save goes through the
    /// same revision check as the built-in editor's, so another window's text is never
    /// replaced unseen.
    mutating func openOutsideEditor() -> [Effect] {
        guard let question = openQuestion else { return [] }
        if let reason = notes.readOnly {
            message = "Редактор не открыть: заметки только для чтения (\(reason))"
            return []
        }
        guard notes.isLoaded, notes.unavailable == nil else {
            message = "Заметки ещё не прочитаны — внешний редактор откроется, когда база станет доступна"
            return []
        }
        var effects: [Effect] = []
        if let editing, editing.questionID == question.id {
            guard !editing.isDirty else {
                message = "Сначала сохраните заметку в редакторе (Ctrl+S или Esc)"
                return []
            }
            effects = closeEditor()
            if focus == .notes { focus = .answer }
        }
        let id = question.id
        let text = notes.unsaved[id]?.text ?? notes.texts[id] ?? ""
        let basedOn = notes.unsaved[id]?.basedOn ?? notes.revisions[id]
        return effects + [.editNoteOutside(id: id, title: question.title, text: text, basedOn: basedOn)]
    }
}
