/// The note editor's find prompt (Ctrl+W, nano's "Where Is"): returns nil when the action is
/// not about it.
func updateNoteFind(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .findInNote:
        // The recall session's scratch area takes editor keys too, but has no prompt.
        guard var editing = state.editing, state.focus == .notes, state.study.session == nil else { return [] }
        editing.find = LineEditing(text: editing.lastNeedle)
        state.editing = editing
        return []
    case .editNoteFind(let edit):
        state.editing?.find?.apply(edit)
        return []
    case .findNextInNote:
        state.findNextInNote()
        return []
    case .cancelNoteFind:
        state.editing?.find = nil
        return []
    default:
        return nil
    }
}

extension AppState {
    /// Moves the editor's cursor to the next match of the prompt's needle (of the last one,
    /// when the prompt is empty), and says when the search went round or found nothing.
    mutating func findNextInNote() {
        guard var editing, let find = editing.find else { return }
        let needle = find.text.isEmpty ? editing.lastNeedle : find.text
        guard !needle.isEmpty else { return }
        editing.lastNeedle = needle
        if find.text.isEmpty { editing.find = LineEditing(text: needle) }
        defer { self.editing = editing }
        guard let (match, wrapped) = editing.editor.nextMatch(of: needle, after: editing.editor.cursor) else {
            message = "«\(needle)» в заметке нет"
            return
        }
        if match.start == editing.editor.cursor {
            message = "Других совпадений нет"
        } else if wrapped {
            message = "Дальше совпадений нет — поиск с начала заметки"
        }
        editing.editor.moveCursor(to: match.start, layout: editing.editor.viewport)
    }
}
