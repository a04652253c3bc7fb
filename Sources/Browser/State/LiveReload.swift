import Chapter

/// Chapter files changed on disk while the browser runs: they are read again a moment after
/// the last change (an editor's save is several file events), and the new library takes the
/// old one's place with the reader where they were.
public struct LiveReloadState: Sendable, Equatable {
    /// When the library is read again: `reloadDelay` after the latest change seen.
    var due: Moment?
    /// True while a reread runs; a change meanwhile is read by the next one.
    var isReading = false
    /// A library read while taking it would cost the reader something (an open note whose
    /// question it no longer has, a recall session): taken as soon as that is over.
    var waiting: Library?

    public init() {}
}

/// Where each question of one library is in another, by its stable key (number, place and
/// neighbours may all change). Nil: the other library no longer has it.
struct QuestionRemap {
    let old: Library
    let new: Library

    func callAsFunction(_ id: QuestionID) -> QuestionID? {
        guard let question = old.question(id) else { return nil }
        // An unchanged chapter keeps its numbers: most of a large library costs one lookup.
        if let same = new.question(id), same.key == question.key { return id }
        return new.question(key: question.key)?.id
    }

    func remapKeys<Value>(_ dictionary: [QuestionID: Value]) -> [QuestionID: Value] {
        var remapped: [QuestionID: Value] = [:]
        for (id, value) in dictionary {
            if let moved = self(id) { remapped[moved] = value }
        }
        return remapped
    }
}

extension AppState {
    /// Why a reread library cannot be taken now, if it cannot: what the reader is doing
    /// refers to questions by where they are, and the new library would move them away.
    func reasonToWait(for library: Library) -> String? {
        if study.session != nil { return "после повторения" }
        let remap = QuestionRemap(old: self.library, new: library)
        if let editing, remap(editing.questionID) == nil { return "когда закроется заметка" }
        if notes.unsaved.keys.contains(where: { remap($0) == nil }) { return "когда сохранится заметка" }
        return nil
    }

    /// Takes a library read again from disk: the open chapter and question stay (found by
    /// their keys), as do the scroll of an answer that is still there, the notes, the
    /// editor and the jump history; a search runs again on the new text.
    mutating func adoptReloaded(_ library: Library) -> [Effect] {
        let remap = QuestionRemap(old: self.library, new: library)
        let open = openQuestion.flatMap { remap($0.id) }
        let changed = library.chapters.filter { self.library.chapter(id: $0.id) != $0 }.map(\.id)
            + self.library.chapters.filter { library.chapter(id: $0.id) == nil }.map(\.id)
        let kept = (answer: answerScroll, codeBlock: codeBlockIndex, code: codeScroll, column: codeColumn)

        notes.texts = remap.remapKeys(notes.texts)
        notes.revisions = remap.remapKeys(notes.revisions)
        var unsaved: [QuestionID: UnsavedNote] = [:]
        for (id, var note) in notes.unsaved {
            guard let moved = remap(id) else { continue }  // `reasonToWait` keeps this from happening
            note.id = moved
            unsaved[moved] = note
        }
        notes.unsaved = unsaved
        if var editing, let moved = remap(editing.questionID) {
            editing.questionID = moved
            self.editing = editing
        }
        study.cards = remap.remapKeys(study.cards)
        jumps.followUpTargets = [:]  // linked again with the new index
        jumps.focusedFollowUp = nil
        jumps.history = jumps.history.compactMap { place in
            remap(place.question).map { var moved = place; moved.question = $0; return moved }
        }
        mouseSelection = nil

        let searchEffects = restartSearch()
        adopt(library)
        if let open {
            chapterID = open.chapterID
            if let row = listEntries.firstIndex(of: open) {
                selectedRow = row
                (answerScroll, codeBlockIndex, codeScroll, codeColumn) = kept
            }
        }
        selectedRow = min(max(selectedRow, 0), max(listEntries.count - 1, 0))
        codeBlockIndex = min(codeBlockIndex, max(codeBlocks.count - 1, 0))
        clampScrolling()
        if !changed.isEmpty {
            let names = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " и ещё \(changed.count - 3)" : "")
            message = "Обновлено с диска: \(names)"
        }
        return [.buildSearchIndex(notes: notes.texts), .watchLibrary] + searchEffects
    }

    /// A search on screen is asked again, its old hits dropped: their places are in the old text.
    private mutating func restartSearch() -> [Effect] {
        guard var search else { return [] }
        search.results = nil
        search.currentMatch = nil
        search.generation += 1
        self.search = search
        return search.text.isEmpty ? [] : [.search(text: search.text, generation: search.generation)]
    }
}
