import Chapter
import Notes

/// Quitting never drops typed text: `q` ends the program once every note is saved; when a
/// save fails the reader chooses (save again, write to a file, discard; Esc keeps the
/// program open). A signal cannot wait for an answer, so the text goes to a file and the
/// path is printed after the terminal is given back.
func updateQuitting(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .quit:
        state.stashScratch()
        state.isQuitRequested = true
        let effects = state.saveEffect() + state.unsavedSaveEffects() + state.positionEffect()
        if !state.hasUnsavedText { state.isQuitting = true }
        return effects
    case .terminate(let signal):
        state.stashScratch()
        state.isQuitting = true
        state.exitStatus = 128 + signal
        return state.saveEffect() + state.unsavedSaveEffects() + state.positionEffect()
    case .retrySave:
        state.overlay = nil
        return state.saveEffect() + state.unsavedSaveEffects()
    case .writeUnsavedToFile:
        return [.writeUnsavedNotes(state.allUnsavedText)]
    case .discardUnsaved:
        state.exitMessages.append("sobes: unsaved note text was discarded, as asked")
        state.isQuitting = true
        return []
    case .dismiss:
        state.overlay = nil
        state.isQuitRequested = false
        return []
    case .unsavedNotesWritten(let path):
        state.exitMessages.append("sobes: notes that could not be saved are in \(path); `sobes notes import \(path)` takes them back")
        state.isQuitting = true
        return []
    case .unsavedNotesNotWritten(let reason):
        if state.exitStatus != 0 {
            // Ending on a signal with nowhere to write: the text itself goes to stderr.
            state.exitMessages.append("sobes: notes could not be saved or written to a file (\(reason)); their text follows")
            state.exitMessages += state.allUnsavedText.map { "--- \($0.id) \($0.title)\n\($0.text)" }
            return []
        }
        state.overlay = .unsavedOnQuit(reason: "и в файл не записать: \(reason)")
        return []
    default:
        return []
    }
}

extension AppState {
    /// Every note text no save has written: the editor's and those of closed editors.
    var allUnsavedText: [UnsavedNote] {
        var all = notes.unsaved.values.sorted { $0.id < $1.id }
        if let editing, editing.isDirty {
            all.removeAll { $0.id == editing.questionID }
            all.insert(UnsavedNote(id: editing.questionID, title: editing.questionTitle, text: editing.editor.text,
                                   basedOn: editing.basedOn), at: 0)
        }
        return all
    }

    var hasUnsavedText: Bool {
        editing?.isDirty == true || !notes.unsaved.isEmpty
    }

    /// Saves of the notes whose editor is closed but whose text is not written yet.
    func unsavedSaveEffects() -> [Effect] {
        notes.unsaved.values.sorted { $0.id < $1.id }.map {
            .saveNote(id: $0.id, title: $0.title, text: $0.text, basedOn: $0.basedOn, changeCount: 0)
        }
    }

    /// After a save's outcome: the quit that waited for it goes on, or asks the reader.
    mutating func continueQuitting(afterFailure reason: String?) -> [Effect] {
        if let reason {
            if isQuitting, exitStatus != 0 {
                guard !isWritingRescue else { return [] }
                isWritingRescue = true
                return [.writeUnsavedNotes(allUnsavedText)]
            }
            if isQuitRequested { overlay = .unsavedOnQuit(reason: reason) }
        } else if isQuitRequested, !hasUnsavedText {
            isQuitting = true
        }
        return []
    }
}
