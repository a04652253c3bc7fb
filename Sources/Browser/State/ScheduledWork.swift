import Chapter
import Notes

/// The rules that wait: `update` applies them after every action, with `now` from the
/// latest `.tick`, and asks the runtime to wake it when the next one falls due.
extension AppState {
    /// How long typed text may wait before it is saved: kill -9 loses at most this much.
    public static let autosaveDelay: Duration = .milliseconds(800)
    /// How long after a failed save it is tried again (the text stays in the editor).
    public static let retryDelay: Duration = .seconds(5)
    /// How long after the reader moves the new reading position is saved.
    public static let positionDelay: Duration = .seconds(1)
    /// How often a database held by another process is tried again.
    public static let notesRetryDelay: Duration = .seconds(2)
    /// How often the notes database is asked whether another window changed it.
    public static let notesCheckDelay: Duration = .seconds(2)
    /// How long after the last change on disk a chapter is read again: an editor's save is
    /// several file events (a backup, a write, a rename), read once.
    public static let reloadDelay: Duration = .milliseconds(150)

    /// Saves whatever is due now and asks for a wake-up at the next deadline.
    mutating func scheduledWork() -> [Effect] {
        var effects: [Effect] = []
        if var editing, editing.isDirty {
            // Within `autosaveDelay` of the first unsaved keystroke, even while typing goes on;
            // `retryDelay` after a failed save.
            let due = editing.saveDue ?? now + (editing.saveError == nil ? Self.autosaveDelay : Self.retryDelay)
            if now >= due {
                editing.saveDue = nil
                self.editing = editing
                effects += saveEffect()
            } else {
                if editing.saveDue == nil { effects.append(.wake(at: due)) }
                editing.saveDue = due
                self.editing = editing
            }
        }
        // A database another process holds is read as soon as it lets go.
        if notes.unavailable != nil, notes.canRetryLoading {
            let due = notes.retryDue ?? now + Self.notesRetryDelay
            if now >= due {
                notes.retryDue = nil
                effects.append(.loadNotes)
            } else {
                if notes.retryDue == nil { effects.append(.wake(at: due)) }
                notes.retryDue = due
            }
        }
        // Another window's saves show here without waiting for one of ours (a cheap PRAGMA).
        if notes.isLoaded, notes.unavailable == nil, notes.dataVersion != nil {
            let due = notes.checkDue ?? now + Self.notesCheckDelay
            if now >= due {
                // The next look is planned now, whatever this one finds.
                let next = now + Self.notesCheckDelay
                notes.checkDue = next
                effects += [.checkNotesChanged(known: notes.dataVersion), .wake(at: next)]
            } else {
                if notes.checkDue == nil { effects.append(.wake(at: due)) }
                notes.checkDue = due
            }
        }
        // Notes whose editor closed before a save could write them are tried again.
        for var unsaved in notes.unsaved.values.sorted(by: { $0.id < $1.id }) where unsaved.hasFailed {
            let due = unsaved.retryDue ?? now + Self.retryDelay
            if now >= due {
                unsaved.retryDue = nil
                effects.append(.saveNote(id: unsaved.id, title: unsaved.title, text: unsaved.text,
                                         basedOn: unsaved.basedOn, changeCount: 0))
            } else {
                if unsaved.retryDue == nil { effects.append(.wake(at: due)) }
                unsaved.retryDue = due
            }
            notes.unsaved[unsaved.id] = unsaved
        }
        // Chapter files changed on disk: read again once they are quiet, one read at a time.
        if let due = liveReload.due, !liveReload.isReading, now >= due {
            liveReload.due = nil
            liveReload.isReading = true
            effects.append(.reloadLibrary)
        }
        if let waiting = liveReload.waiting, reasonToWait(for: waiting) == nil {
            liveReload.waiting = nil
            effects += adoptReloaded(waiting)
        }
        // A mock interview's clock shows each second.
        if let tick = study.session?.nextClockTick(after: now) { effects.append(.wake(at: tick)) }
        if notes.isLoaded, let place = readingPlace, place != savedPlace {
            let due = positionDue ?? now + Self.positionDelay
            if now >= due {
                effects += positionEffect()
            } else {
                if positionDue == nil { effects.append(.wake(at: due)) }
                positionDue = due
            }
        } else {
            positionDue = nil
        }
        return effects
    }

    /// The save the editor needs now, if its text changed since the last save.
    func saveEffect() -> [Effect] {
        guard let editing, editing.isDirty else { return [] }
        return [.saveNote(id: editing.questionID, title: editing.questionTitle, text: editing.editor.text,
                          basedOn: editing.basedOn, changeCount: editing.editor.changeCount)]
    }

    /// Saves the reading position if it moved since the last save (only once the notes
    /// database has been read, so a start that failed to read it never overwrites it).
    mutating func positionEffect() -> [Effect] {
        positionDue = nil
        guard notes.isLoaded, let place = readingPlace, place != savedPlace else { return [] }
        savedPlace = place
        return [.savePosition(place.position)]
    }
}
