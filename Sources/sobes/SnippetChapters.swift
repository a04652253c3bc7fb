import Chapter
import Dispatch
import LibraryCache
import Synchronization

/// The chapters a search's snippets quote, read from the chapter cache before the search asks
/// for them, on every core: over a large library, decoding them is most of `sobes search`.
final class SnippetChapters: Sendable {
    private let cache: LibraryCache
    private let paths: [String: String]
    private let read = Mutex<[String: Chapter]>([:])

    init(cache: LibraryCache, files: [LibraryFile]) {
        self.cache = cache
        var paths: [String: String] = [:]
        for file in files where !file.chapterID.isEmpty { paths[file.chapterID] = file.path }
        self.paths = paths
    }

    /// The chapter, read ahead or read now.
    func chapter(id: String, path: String) -> Chapter? {
        if let chapter = read.withLock({ $0[id] }), paths[id] == path { return chapter }
        return try? cache.chapter(at: path, id: id).chapter
    }

    /// Reads the chapters of these ids (once each) side by side.
    func readAhead(_ ids: [String]) {
        var seen: Set<String> = []
        let wanted = ids.filter { paths[$0] != nil && seen.insert($0).inserted }
        DispatchQueue.concurrentPerform(iterations: wanted.count) { index in
            let id = wanted[index]
            guard let path = paths[id], let chapter = try? cache.chapter(at: path, id: id).chapter else { return }
            read.withLock { $0[id] = chapter }
        }
    }
}
