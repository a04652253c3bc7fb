import Browser
import Chapter
import Dispatch
import Foundation
import Search
import Synchronization

/// The real performer: the notes database and the search index. Reading the notes runs in
/// the background (a database another process holds must never freeze the screen); its
/// result, like the search's, waits for the loop to pick it up.
public struct LiveEffects: EffectPerformer {
    private let library: Library
    /// Read when the search index is built, in the background: the first frame does not
    /// wait for the term dictionary.
    private let terms: @Sendable () -> TermDictionary
    private let notes: NotesSession
    private let study: StudyLog
    private var search: SearchWorker?
    private var earlyQuery: (String, Int)?
    private let completion: CompletionSignal
    private let loading: Loading
    private let clipboard: SystemClipboard
    private let sheets: SheetWriter

    public init(library: Library, terms: @escaping @autoclosure @Sendable () -> TermDictionary, notes: NotesSession,
                study: StudyLog = StudyLog(), clipboard: SystemClipboard = .none,
                sheetDirectory: String = FileManager.default.currentDirectoryPath) {
        self.library = library
        self.clipboard = clipboard
        self.sheets = SheetWriter(library: library, directory: sheetDirectory)
        self.terms = terms
        self.notes = notes
        self.study = study
        completion = CompletionSignal()
        loading = Loading(completion: completion)
    }

    public mutating func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadNotes:
            loading.start { [notes] in notes.load() }
        case .buildSearchIndex(let texts):
            let worker = SearchWorker(library: library, terms: terms, notes: texts, completion: completion)
            search = worker
            // A query typed before the index was asked for runs once it is built.
            if let (text, generation) = earlyQuery { worker.submit(text: text, generation: generation) }
            earlyQuery = nil
        case .search(let text, let generation):
            if let search { search.submit(text: text, generation: generation) } else { earlyQuery = (text, generation) }
        case .indexNote(let id, let text):
            search?.setNote(text, for: id)
        case .saveNote(let id, let title, let text, let basedOn, let changeCount):
            return [notes.save(id: id, title: title, text: text, basedOn: basedOn, changeCount: changeCount)]
        case .writeUnsavedNotes(let unsaved):
            return [notes.writeUnsaved(unsaved)]
        case .savePosition(let position):
            notes.savePosition(position)
        case .loadCards:
            // On the notes' queue, after the database is opened; off the first frame.
            loading.start { [notes, study, library] in [notes.loadCards(study, library: library)] }
        case .recordReview(let id, let key, let title, let rating, let time):
            // Written before the next key is read: kill -9 loses no grade already given.
            return [notes.recordReview(rating, of: id, key: key, title: title, at: time, study)]
        case .copyToClipboard(let text):
            clipboard.copy(text)  // the terminal's OSC 52 is the loop's
        case .exportSheet(let ids, let texts, let cards, let fileName, let time):
            return [sheets.write(ids: ids, notes: texts, cards: cards, fileName: fileName, at: time)]
        case .wake, .redrawScreen, .suspend:
            break  // the loop's own
        }
        return []
    }

    public mutating func takeFinished() -> [Action] {
        // Cleared before the mailboxes are read: work finishing meanwhile wakes the loop again.
        completion.clear()
        return loading.takeFinished() + (search?.takeFinished() ?? [])
    }

    public var isBusy: Bool { loading.isBusy || (search?.isBusy ?? false) }

    public var completionDescriptor: Int32? { completion.descriptor >= 0 ? completion.descriptor : nil }
}

/// Work on a background queue whose results wait in a mailbox.
private final class Loading: Sendable {
    private let queue = DispatchQueue(label: "sobes.notes", qos: .userInitiated)
    private let finished = Mutex<[Action]>([])
    private let pending = Mutex<Int>(0)
    private let completion: CompletionSignal

    init(completion: CompletionSignal) {
        self.completion = completion
    }

    func start(_ work: @escaping @Sendable () -> [Action]) {
        pending.withLock { $0 += 1 }
        queue.async { [self] in
            let actions = work()
            finished.withLock { $0 += actions }
            pending.withLock { $0 -= 1 }
            completion.notify()
        }
    }

    func takeFinished() -> [Action] {
        finished.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }

    var isBusy: Bool { pending.withLock { $0 > 0 } }
}
