import Chapter
import Notes

/// The notes' share of `update`: returns nil when the action is not about notes.
func updateNotes(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .openEditor:
        guard let question = state.openQuestion else { return [] }
        if let reason = state.notes.readOnly {
            state.message = "Редактор не открыть: заметки только для чтения (\(reason))"
            return []
        }
        // An editor opened on a note that was never read would replace it when saved.
        if let reason = state.notes.unavailable {
            state.message = "Заметки не прочитаны (\(reason)) — редактор откроется, когда база станет доступна"
            return []
        }
        guard state.notes.isLoaded else {
            state.notes.editorRequested = question.id  // opened as soon as the notes are read
            state.message = "Заметки ещё читаются — редактор откроется через мгновение"
            return []
        }
        if state.editing?.questionID != question.id {
            let effects = state.closeEditor()
            let viewport = NotesEditorView.viewport(in: state.layoutWhileEditing)
            var editing = NoteEditing(questionID: question.id, questionTitle: question.title,
                                      editor: NoteEditor(text: state.notes.texts[question.id] ?? "", viewport: viewport),
                                      basedOn: state.notes.revisions[question.id])
            // Text a failed save left behind comes back into the editor, still to be saved.
            if let unsaved = state.notes.unsaved.removeValue(forKey: question.id) {
                editing = NoteEditing(questionID: question.id, questionTitle: question.title,
                                      editor: NoteEditor(text: unsaved.text, viewport: viewport), basedOn: unsaved.basedOn)
                editing.savedChangeCount = editing.editor.changeCount - 1
            }
            state.editing = editing
            state.focus = .notes
            return effects
        }
        state.focus = .notes
        return []
    case .openOutsideEditor:
        return state.openOutsideEditor()
    case .noteEditedOutside(let id, let title, let text, let basedOn, let failure):
        guard let text else {
            state.message = "Внешний редактор: \(failure ?? "не запустился") — заметка не изменена"
            return []
        }
        guard text != (state.notes.texts[id] ?? "") else {
            state.message = "Заметка не изменена"
            return []
        }
        // Kept among the unsaved notes until the save writes it: nothing typed is lost.
        state.notes.texts[id] = text
        state.notes.unsaved[id] = UnsavedNote(id: id, title: title, text: text, basedOn: basedOn)
        state.message = "Заметка из внешнего редактора сохраняется"
        return [.saveNote(id: id, title: title, text: text, basedOn: basedOn, changeCount: 0)]
    case .editNote(let command):
        guard var editing = state.editing else { return [] }
        let viewport = editing.editor.viewport
        editing.editor.perform(command, layout: viewport)
        state.editing = editing
        return []
    case .saveNote:
        if var editing = state.editing {
            editing.saveDue = nil
            state.editing = editing
        }
        return state.saveEffect()
    case .closeEditor:
        let effects = state.closeEditor()
        if state.focus == .notes { state.focus = .answer }
        return effects
    case .noteSaved(let id, let text, let changeCount, let outcome):
        state.notes.texts[id] = text
        state.notes.revisions[id] = outcome.nextBasis
        if state.notes.unsaved[id]?.text == text { state.notes.unsaved[id] = nil }
        if var editing = state.editing, editing.questionID == id {
            editing.basedOn = outcome.nextBasis
            editing.savedChangeCount = changeCount
            editing.saveError = nil
            // Typing that came after the text this save wrote waits its own turn.
            editing.saveDue = nil
            state.editing = editing
        }
        if case .conflict(let theirs, _) = outcome {
            // Neither text replaces the other unseen: the editor shows both, marked, and the
            // reader keeps what they want (Ctrl+Z brings back their own text); saving it makes
            // the merge current.
            if var editing = state.editing, editing.questionID == id {
                let merged = mergedNote(theirs: theirs.text, mine: editing.editor.text, theirNumber: theirs.number)
                editing.editor.replaceAll(with: merged, layout: editing.editor.viewport)
                state.editing = editing
                state.notes.texts[id] = merged
                state.message = "Заметку изменили в другом окне: обе версии в заметке, между <<<<<<< и >>>>>>> — оставьте нужное"
            } else {
                state.message = "Заметку изменили в другом окне: сохранены обе версии (sobes notes revisions \(id))"
            }
        }
        return [.indexNote(id: id, text: text)] + state.continueQuitting(afterFailure: nil)
    case .noteSaveFailed(let id, let message):
        if var editing = state.editing, editing.questionID == id {
            editing.saveError = message
            editing.saveDue = nil
            state.editing = editing
        }
        if state.notes.unsaved[id] != nil {
            state.notes.unsaved[id]?.hasFailed = true
            state.notes.unsaved[id]?.retryDue = nil
        }
        state.message = "Заметка не сохранена: \(message) — текст сохранится при следующей попытке"
        return state.continueQuitting(afterFailure: message)
    default:
        return nil
    }
}

/// Both texts of a note two windows changed, marked the way merge tools mark a conflict.
func mergedNote(theirs: String, mine: String, theirNumber: Int) -> String {
    func line(_ text: String) -> String { text.hasSuffix("\n") || text.isEmpty ? text : text + "\n" }
    return "<<<<<<< из другого окна (ревизия \(theirNumber))\n" + line(theirs) + "=======\n" + line(mine) + ">>>>>>> это окно\n"
}

extension AppState {
    /// Leaves the editor, saving what it holds; the text shows under the answer meanwhile
    /// and stays among the unsaved notes until a save writes it.
    mutating func closeEditor() -> [Effect] {
        guard let editing else { return [] }
        let effects = saveEffect()
        if editing.isDirty {
            notes.texts[editing.questionID] = editing.editor.text
            notes.unsaved[editing.questionID] = UnsavedNote(id: editing.questionID, title: editing.questionTitle,
                                                            text: editing.editor.text, basedOn: editing.basedOn)
        }
        self.editing = nil
        return effects
    }

    /// The layout the editor will have once it is open.
    var layoutWhileEditing: Layout {
        Layout(size: size, preferredListWidth: preferredListWidth, focus: .notes, isEditing: true,
               code: codeMeasure, zoomed: zoomedPane)
    }
}
