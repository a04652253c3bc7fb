import Chapter

/// The rest of the library arriving after the first frame: the list and the topics fill
/// in, the reader stays where they are.
func updateLibrary(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .libraryLoaded(let library):
        state.adopt(library)
        state.libraryProgress = nil
        return [.watchLibrary]  // changes from now on are read as they come
    case .libraryFilesChanged:
        let due = state.now + AppState.reloadDelay
        state.liveReload.due = due
        return [.wake(at: due)]
    case .libraryReloaded(let library):
        state.liveReload.isReading = false
        if let reason = state.reasonToWait(for: library) {
            state.liveReload.waiting = library
            state.message = "Глава изменилась на диске: обновлю \(reason)"
            return []
        }
        state.liveReload.waiting = nil
        return state.adoptReloaded(library)
    case .libraryNotReloaded(let problem):
        state.liveReload.isReading = false
        state.message = "Не обновлено с диска: \(problem)"
        return []
    case .libraryProgress(let loaded, let total):
        state.libraryProgress = LibraryProgress(loaded: loaded, total: total)
        return []
    default:
        return nil
    }
}

/// The background read of the library, for the search's "индексирую N/M".
public struct LibraryProgress: Equatable, Sendable {
    public var loaded: Int
    public var total: Int

    public init(loaded: Int, total: Int) {
        self.loaded = loaded
        self.total = total
    }
}

extension AppState {
    /// Takes the whole library in place of the part the first frame had. The open chapter
    /// and the selection stay when the library still has them (it has: the first frame's
    /// chapter is one of its files); the first of its warnings shows unless something else does.
    mutating func adopt(_ library: Library) {
        self.library = library
        forgetLaidOutText()
        if library.chapter(id: chapterID) == nil {
            chapterID = library.chapters.first?.id ?? ""
            selectedRow = 0
            listTop = 0
        }
        if message == nil { message = library.warnings.first?.description }
    }
}
