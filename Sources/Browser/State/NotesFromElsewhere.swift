import Chapter
import Notes

extension AppState {
    /// Another window (or `sobes notes import`) saved notes: they show here at once. Text of
    /// this window's that no save has written yet is never replaced; its save meets the
    /// other text as a conflict, which keeps both.
    mutating func takeNotesChangedElsewhere(texts: [QuestionID: String], revisions: [QuestionID: RevisionID]) -> [Effect] {
        var effects: [Effect] = []
        let ids = Set(texts.keys).union(notes.texts.keys).sorted()
        for id in ids where revisions[id] != notes.revisions[id] && notes.unsaved[id] == nil {
            let text = texts[id] ?? ""
            if var editing, editing.questionID == id {
                if editing.isDirty {
                    message = "Заметку к вопросу \(id.number) изменили в другом окне: при сохранении здесь будут обе версии"
                    continue
                }
                editing.editor.replaceAll(with: text, layout: editing.editor.viewport)
                editing.savedChangeCount = editing.editor.changeCount
                editing.basedOn = revisions[id]
                self.editing = editing
                message = "Заметка обновлена из другого окна"
            }
            notes.texts[id] = texts[id]
            notes.revisions[id] = revisions[id]
            effects.append(.indexNote(id: id, text: text))
        }
        return effects
    }
}
