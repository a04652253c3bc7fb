import Chapter
import LibraryCache
import Search

extension LibraryOptions {
    /// The follow-up links the browser (or `list --format json`) kept beside the library's
    /// index file, when that file still matches every chapter file: a follow-up answered in
    /// another chapter is then named without reading or searching the whole library. Nil when
    /// no links were kept yet, or a chapter changed since.
    func keptFollowUpLinks() -> [FollowUpLink]? {
        let (roots, cache) = rootsAndCache(sayingWarnings: false)
        guard let cache, let files = LibraryLoader.files(roots: roots) else { return nil }
        // Snippets are not asked for: no chapter is read.
        let terms = TermDictionary.load(contentDirectory: contentDirectory)
        guard let stored = cache.searchIndex(for: files, terms: terms, chapters: { _, _ in nil }),
              stored.changedChapters.isEmpty, let identity = stored.index.fileIdentity else { return nil }
        return cache.followUpLinks(for: files, index: identity)
    }

    /// Chapters read by id through the cache, without their warnings (a command says those of
    /// the chapters it shows): what names the questions another chapter's links lead to.
    func chapters(ids: some Sequence<String>) -> [Chapter] {
        let (roots, cache) = rootsAndCache(sayingWarnings: false)
        let reader = cache?.reader ?? LibraryLoader.parseFile
        return ids.compactMap { LibraryLoader.chapter(id: $0, roots: roots, reader: reader)?.chapters.first }
    }
}
