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
    /// The library as far as it is read: the first frame's chapter, then all of it.
    private let library: LibraryBox
    /// Reads the rest of the library, when the first frame had only a part of it; run once,
    /// in the background, before the notes are matched to the questions.
    private var restOfLibrary: LibraryReading?
    /// Read when the search index is built, in the background: the first frame does not
    /// wait for the term dictionary.
    private let terms: @Sendable () -> TermDictionary
    private let makeIndex: SearchIndexMaking
    private let linkFollowUps: FollowUpLinking
    private var notes: NotesSession
    private let study: StudyLog
    private var search: SearchWorker?
    private var earlyQuery: (String, Int)?
    private let completion: CompletionSignal
    private let loading: Loading
    private let clipboard: SystemClipboard
    /// Where `x` writes study sheets.
    private let sheetDirectory: String
    /// Where the library comes from, to read it again when its files change.
    private let source: LibrarySource?
    private var watcher: LibraryWatcher?

    public init(library: Library, terms: @escaping @autoclosure @Sendable () -> TermDictionary, notes: NotesSession,
                study: StudyLog = StudyLog(), restOfLibrary: LibraryReading? = nil, source: LibrarySource? = nil,
                clipboard: SystemClipboard = .none, sheetDirectory: String = FileManager.default.currentDirectoryPath,
                makeIndex: @escaping SearchIndexMaking = { SearchIndex(library: $0, terms: $1) },
                linkFollowUps: @escaping FollowUpLinking = { FollowUpLinker.links(library: $0, index: $1) }) {
        self.makeIndex = makeIndex
        self.linkFollowUps = linkFollowUps
        self.library = LibraryBox(library)
        self.source = source
        self.restOfLibrary = restOfLibrary
        self.clipboard = clipboard
        self.sheetDirectory = sheetDirectory
        self.terms = terms
        self.notes = notes
        self.study = study
        completion = CompletionSignal()
        loading = Loading(completion: completion)
    }

    public mutating func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadNotes where restOfLibrary != nil:
            // The whole library first, on the same queue: the notes, the cards and the index
            // (asked for once the notes are read) all see every chapter.
            let readRest = restOfLibrary
            restOfLibrary = nil  // a retried notes load reads the notes only
            loading.start { [notes, library, loading] in
                let progress: @Sendable (Int, Int) -> Void = { loading.post(.libraryProgress(loaded: $0, total: $1)) }
                guard let whole = readRest?(progress) else { return notes.load() }
                library.set(whole)
                return [.libraryLoaded(whole)] + notes.matching(whole).load()
            }
        case .loadNotes:
            loading.start { [notes] in notes.load() }
        case .buildSearchIndex(let texts):
            let worker = SearchWorker(library: library.current, terms: terms, notes: texts, makeIndex: makeIndex,
                                      linkFollowUps: linkFollowUps, completion: completion)
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
        case .checkNotesChanged(let known):
            return notes.changesElsewhere(since: known)
        case .writeUnsavedNotes(let unsaved):
            return [notes.writeUnsaved(unsaved)]
        case .savePosition(let position):
            notes.savePosition(position)
        case .loadCards:
            // On the notes' queue, after the database is opened; off the first frame.
            loading.start { [notes, study, library] in [notes.loadCards(study, library: library.current)] }
        case .recordReview(let id, let key, let title, let rating, let time):
            // Written before the next key is read: kill -9 loses no grade already given.
            return [notes.recordReview(rating, of: id, key: key, title: title, at: time, study)]
        case .loadBookmarks:
            loading.start { [notes] in [notes.loadBookmarks()] }
        case .saveBookmark(let chapterID, let questionKey, let title, let marked):
            return notes.saveBookmark(chapterID: chapterID, questionKey: questionKey, title: title, marked: marked)
        case .openExternalLink(let url):
            // Found when a link is opened: looking through PATH is no work for the first frame.
            return ExternalOpener().open(url).map { [.externalLinkNotOpened($0)] } ?? []
        case .copyToClipboard(let text):
            clipboard.copy(text)  // the terminal's OSC 52 is the loop's
        case .exportSheet(let ids, let texts, let cards, let fileName, let time):
            // The library as read by now: the whole of it once the background read is done.
            let sheets = SheetWriter(library: library.current, directory: sheetDirectory)
            return [sheets.write(ids: ids, notes: texts, cards: cards, fileName: fileName, at: time)]
        case .watchLibrary:
            guard let source else { break }
            if watcher == nil { watcher = LibraryWatcher { [loading] in loading.post(.libraryFilesChanged) } }
            watcher?.watch(source.folders(of: library.current))
        case .reloadLibrary:
            guard let source else { return [.libraryNotReloaded("не знаю, откуда читать библиотеку")] }
            loading.start { [library] in
                switch source.reread() {
                case .success(let reread):
                    library.set(reread)
                    return [.libraryReloaded(reread)]
                case .failure(let error):
                    return [.libraryNotReloaded(error.description)]
                }
            }
        case .wake, .redrawScreen, .suspend, .editNoteOutside:
            break  // the loop's own
        }
        return []
    }

    public mutating func takeFinished() -> [Action] {
        // Cleared before the mailboxes are read: work finishing meanwhile wakes the loop again.
        completion.clear()
        let finished = loading.takeFinished()
        // Saves from now on are keyed against every chapter, not the first frame's one.
        for action in finished {
            switch action {
            case .libraryLoaded(let whole), .libraryReloaded(let whole): notes = notes.matching(whole)
            default: break
            }
        }
        return finished + (search?.takeFinished() ?? [])
    }

    /// Busy too while the library is watched: a change on disk may be reported at any time.
    public var isBusy: Bool { loading.isBusy || (search?.isBusy ?? false) || watcher != nil }

    public var completionDescriptor: Int32? { completion.descriptor >= 0 ? completion.descriptor : nil }
}

/// Reads the whole library in the background, saying now and then how many of how many
/// chapter files it has read; nil when it cannot (the first frame's chapter then stays alone).
public typealias LibraryReading = @Sendable (_ progress: @escaping @Sendable (_ loaded: Int, _ total: Int) -> Void) -> Library?

/// The library's folders and how to read all of it again: what live reload needs.
public struct LibrarySource: Sendable {
    /// The folders the library was read from (`--content`, the bundled one, the reader's own).
    public var roots: [String]
    /// Reads the whole library again (through the chapter cache: unchanged files are not parsed).
    public var reread: @Sendable () -> Result<Library, ChapterError>

    public init(roots: [String], reread: @escaping @Sendable () -> Result<Library, ChapterError>) {
        self.roots = roots
        self.reread = reread
    }

    /// The roots and every folder a chapter of `library` is in (the tracks).
    func folders(of library: Library) -> [String] {
        var folders = roots
        for chapter in library.chapters {
            let folder = chapter.sourcePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            folders.append(folder.isEmpty ? "." : folder)
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }
}

/// The library the background work sees: replaced when the rest of it is read, and when it is read again.
private final class LibraryBox: Sendable {
    private let library: Mutex<Library>

    init(_ library: Library) {
        self.library = Mutex(library)
    }

    var current: Library { library.withLock { $0 } }

    func set(_ whole: Library) {
        library.withLock { $0 = whole }
    }
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

    /// A report from work still running (how far it is), for the loop to pick up now.
    func post(_ action: Action) {
        finished.withLock { $0.append(action) }
        completion.notify()
    }

    func takeFinished() -> [Action] {
        finished.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }

    var isBusy: Bool { pending.withLock { $0 > 0 } }
}
