import Browser
import Chapter
import LibraryCache
import Search

extension LibrarySettings {
    /// Where a question's follow-ups lead ("02/1 Что такое рукопожатие TCP?", by place in the
    /// list) by the links the browser (or `list --format json`) kept beside the library's index
    /// file, when that file still matches every chapter file: a follow-up answered in another
    /// chapter is named by reading that chapter alone, not searching the library. Nil when no
    /// links were kept yet, or a chapter changed since.
    func keptFollowUpDescriptions(of question: Question, in library: Library) -> [Int: String]? {
        let (roots, cache) = rootsAndCache(sayingWarnings: false)
        guard let cache, let files = LibraryLoader.files(roots: roots) else { return nil }
        // Snippets are not asked for: no chapter is read to map the index.
        let terms = TermDictionary.load(contentDirectory: contentDirectory)
        guard let stored = cache.searchIndex(for: files, terms: terms, chapters: { _, _ in nil }),
              stored.changedChapters.isEmpty, let identity = stored.index.fileIdentity,
              let kept = cache.followUpLinks(for: files, index: identity) else { return nil }
        let links = kept.filter { $0.source == question.id }
        // The targets' chapters, read through the cache without their warnings (a command says
        // those of the chapters it shows).
        let others = Set(links.map(\.target.chapterID)).subtracting(library.chapters.map(\.id)).sorted()
        let targets = others.compactMap { LibraryLoader.chapter(id: $0, roots: roots, reader: cache.reader)?.chapters.first }
        return Library(chapters: library.chapters + targets).followUpDescriptions(of: question.id, links: links)
    }
}
