import Browser
import Chapter
import Search

/// The real performer: the notes database and the search index.
public struct LiveEffects: EffectPerformer {
    private let library: Library
    private let terms: TermDictionary
    private let notes: NotesSession
    private var search: SearchWorker?

    public init(library: Library, terms: TermDictionary, notes: NotesSession) {
        self.library = library
        self.terms = terms
        self.notes = notes
    }

    public mutating func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadNotes:
            return notes.load()
        case .buildSearchIndex(let texts):
            search = SearchWorker(library: library, terms: terms, notes: texts)
        case .search(let text, let generation):
            search?.submit(text: text, generation: generation)
        case .indexNote(let id, let text):
            search?.setNote(text, for: id)
        case .saveNote(let id, let title, let text, let basedOn, let changeCount):
            return [notes.save(id: id, title: title, text: text, basedOn: basedOn, changeCount: changeCount)]
        case .writeUnsavedNotes(let unsaved):
            return [notes.writeUnsaved(unsaved)]
        case .savePosition(let position):
            notes.savePosition(position)
        case .copyToClipboard, .wake, .redrawScreen, .suspend:
            break  // the loop's own
        }
        return []
    }

    public mutating func takeFinished() -> [Action] {
        search?.takeFinished() ?? []
    }

    public var isBusy: Bool { search?.isBusy ?? false }
}
