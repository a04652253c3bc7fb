import Chapter

/// Recall's scratch area: the reader types their answer before revealing the real one
/// (`e`); what they typed is kept in the question's note as a draft, never dropped.
extension AppState {
    /// Keys while typing into the scratch area (the editor's keys).
    mutating func updateScratch(_ session: inout RecallSession, _ action: Action) -> [Effect]? {
        switch action {
        case .editNote(let command):
            session.scratch?.perform(command, layout: RecallView.scratchViewport(size))
        case .closeEditor, .focusNext, .focusPrevious:
            session.isTypingScratch = false
        case .saveNote:
            guard let id = session.current, let question = library.question(id) else { return [] }
            session.isTypingScratch = false
            let effects = keepScratch(&session, of: question)
            if !effects.isEmpty { message = "Черновик ответа добавлен в заметку к вопросу \(id.number)" }
            return effects
        default:
            return action.isFromReader ? [] : nil
        }
        return []
    }

    /// Appends the scratch text to the question's note under a dated heading, as a save the
    /// notes' rules keep (among the unsaved notes until it is written); empties the area.
    mutating func keepScratch(_ session: inout RecallSession, of question: Question) -> [Effect] {
        defer {
            session.scratch = nil
            session.isTypingScratch = false
        }
        guard let typed = session.scratch?.text.trimmingWhitespace(), !typed.isEmpty else { return [] }
        let id = question.id
        guard notes.isLoaded, notes.readOnly == nil, notes.unavailable == nil else {
            message = "Черновик сохранится в заметку, когда заметки станут доступны"
            notes.unsaved[id] = UnsavedNote(id: id, title: question.title, text: (notes.texts[id] ?? "") + draft(typed),
                                            basedOn: notes.revisions[id], hasFailed: true)
            return []
        }
        let existing = notes.unsaved[id]?.text ?? notes.texts[id] ?? ""
        let text = (existing.isEmpty ? "" : existing + (existing.hasSuffix("\n") ? "\n" : "\n\n")) + draft(typed)
        let basedOn = notes.unsaved[id]?.basedOn ?? notes.revisions[id]
        notes.texts[id] = text
        notes.unsaved[id] = UnsavedNote(id: id, title: question.title, text: text, basedOn: basedOn)
        return [.saveNote(id: id, title: question.title, text: text, basedOn: basedOn, changeCount: 0)]
    }

    /// Quitting: the typed answer joins the unsaved notes, which quitting saves (or rescues).
    mutating func stashScratch() {
        guard var session = study.session, let id = session.current, let question = library.question(id) else { return }
        _ = keepScratch(&session, of: question)  // the quit's own saves write it
        study.session = session
    }

    private func draft(_ typed: String) -> String {
        "Черновик ответа (повторение):\n" + typed + "\n"
    }
}
