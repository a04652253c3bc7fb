import Chapter
import Notes

/// The notes' share of `update`: returns nil when the action is not about notes.
func updateNotes(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .openEditor:
        guard let question = state.openQuestion else { return [] }
        if state.editing?.questionID != question.id {
            var effects = state.closeEditor()
            let viewport = NotesEditorView.viewport(in: state.layoutWhileEditing)
            state.editing = NoteEditing(questionID: question.id, questionTitle: question.title,
                                        editor: NoteEditor(text: state.notes.texts[question.id] ?? "", viewport: viewport),
                                        basedOn: state.notes.revisions[question.id])
            state.focus = .notes
            return effects
        }
        state.focus = .notes
        return []
    case .editNote(let command):
        guard var editing = state.editing else { return [] }
        let viewport = editing.editor.viewport
        editing.editor.perform(command, layout: viewport)
        if command.isEdit { editing.editGeneration += 1 }
        state.editing = editing
        return []
    case .saveNote:
        return state.saveEffect()
    case .closeEditor:
        let effects = state.closeEditor()
        if state.focus == .notes { state.focus = .answer }
        return effects
    case .noteSaved(let id, let text, let generation, let outcome):
        state.notes.texts[id] = text
        state.notes.revisions[id] = outcome.nextBasis
        if var editing = state.editing, editing.questionID == id {
            editing.basedOn = outcome.nextBasis
            editing.savedGeneration = max(editing.savedGeneration, generation)
            editing.saveError = nil
            state.editing = editing
        }
        if case .conflict = outcome {
            state.message = "Заметку изменили в другом окне: сохранены обе версии (sobes notes show \(id))"
        }
        return []
    case .noteSaveFailed(let id, let message):
        if state.editing?.questionID == id { state.editing?.saveError = message }
        state.message = "Заметка не сохранена: \(message) — текст остаётся в редакторе"
        return []
    case .quit:
        state.isQuitting = true
        return state.saveEffect()
    default:
        return nil
    }
}

extension AppState {
    /// The save the editor needs now, if its text changed since the last save.
    func saveEffect() -> [Effect] {
        guard let editing, editing.isDirty else { return [] }
        return [.saveNote(id: editing.questionID, title: editing.questionTitle, text: editing.editor.text,
                          basedOn: editing.basedOn, generation: editing.editGeneration)]
    }

    /// Leaves the editor, saving what it holds; the text shows under the answer meanwhile.
    mutating func closeEditor() -> [Effect] {
        guard let editing else { return [] }
        let effects = saveEffect()
        if editing.isDirty { notes.texts[editing.questionID] = editing.editor.text }
        self.editing = nil
        return effects
    }

    /// The layout the editor will have once it is open.
    var layoutWhileEditing: Layout {
        Layout(size: size, preferredListWidth: preferredListWidth, focus: .notes, isEditing: true)
    }
}
