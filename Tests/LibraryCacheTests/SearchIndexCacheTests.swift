import Chapter
@testable import LibraryCache
import Search
import Testing

/// The library's search index file: mapped when every library file is as it was, refused and
/// rebuilt when one changed or the file is damaged; a mapped index answers as a built one.
@Suite struct SearchIndexCacheTests {
    let cacheDirectory = Scratch()
    let library = Scratch()

    init() {
        library.write("01-first.md", sampleChapter(number: 1, title: "Очереди"))
        library.write("02-second.md", sampleChapter(number: 2, title: "Семафоры", extra: "Семафор ограничивает конкурентность.\n"))
    }

    var roots: [LibraryLoader.Root] { [LibraryLoader.Root(path: library.path)] }

    /// Loads the library through `cache`, builds its index and stores it, as `sobes search` does.
    func buildAndStore(_ cache: LibraryCache) throws -> SearchIndex {
        let files = try #require(LibraryLoader.files(roots: roots))
        let stamps = cache.stamps(of: files)
        let loaded = try LibraryLoader.load(roots: roots, reader: cache.reader)
        let index = SearchIndex(library: loaded, terms: TermDictionary())
        cache.storeSearchIndex(index, stamps: stamps, warnings: loaded.warnings)
        return index
    }

    /// The stored index when it is the library's as it stands.
    func mapped(_ cache: LibraryCache) throws -> SearchIndex? {
        guard let found = try stored(cache), found.changedChapters.isEmpty else { return nil }
        return found.index
    }

    func stored(_ cache: LibraryCache) throws -> (index: SearchIndex, warnings: [LoadWarning], changedChapters: Set<String>)? {
        cache.searchIndex(for: try #require(LibraryLoader.files(roots: roots)), terms: TermDictionary())
    }

    @Test func aStoredIndexIsMappedAndAnswersAsTheBuiltOne() throws {
        let built = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
        let index = try #require(try mapped(cache))
        #expect(cache.report.indexHit)
        #expect(cache.report.parsed == 0 && cache.report.hits == 0)
        var shown: Set<String> = []
        for query in ["семафор", "механизм", "очередь таймаут", "handler_2", "\"короткий ответ\""] {
            let results = index.search(query)
            #expect(results == built.search(query), "\(query)")
            shown.formUnion(results.hits.filter { $0.snippet != nil }.map(\.questionID.chapterID))
            // Only the chapters of hits with a snippet were read again, each once.
            #expect(cache.report.hits == shown.count, "\(query)")
        }
    }

    /// Its pages given back (after its checks at open, while follow-ups are linked), a mapped
    /// index reads them again from the file; the stored one is named, the built one not.
    @Test func aMappedIndexAnswersTheSameAfterItsPagesAreGivenBack() throws {
        let built = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        #expect(built.fileIdentity == nil)
        let index = try #require(try mapped(LibraryCache(directory: cacheDirectory.path, programVersion: "test")))
        #expect(index.fileIdentity != nil)
        for query in ["семафор", "механизм", "очередь таймаут"] {
            let before = index.search(query)
            index.releaseMappedPages()
            #expect(index.search(query) == before, "\(query)")
            #expect(before == built.search(query), "\(query)")
        }
    }

    @Test func aChangedChapterIsTheOnlyOneIndexedAgain() throws {
        _ = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        library.write("02-second.md", sampleChapter(number: 2, title: "Мьютексы"))
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
        let stale = try #require(try stored(cache))
        #expect(stale.changedChapters == ["02-second"])
        #expect(cache.report.indexChangedChapters == 1)
        let files = try #require(LibraryLoader.files(roots: roots))
        let stamps = cache.stamps(of: files)
        let loaded = try LibraryLoader.load(roots: roots, reader: cache.reader)
        #expect(cache.report.parsed == 1)
        let updated = stale.index.updated(for: loaded, changedChapters: stale.changedChapters)
        let rebuilt = SearchIndex(library: loaded, terms: TermDictionary())
        for query in ["мьютексы", "семафор", "очередь таймаут", "handler_2"] {
            #expect(updated.search(query) == rebuilt.search(query), "\(query)")
        }
        #expect(!updated.search("мьютексы").hits.isEmpty)
        cache.storeSearchIndex(updated, stamps: stamps, warnings: loaded.warnings)
        let again = try #require(try mapped(LibraryCache(directory: cacheDirectory.path, programVersion: "test")))
        #expect(again.search("мьютексы") == rebuilt.search("мьютексы"))
    }

    @Test func addingAFileIsNoStaleIndex() throws {
        _ = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        library.write("03-third.md", sampleChapter(number: 3, title: "Третья"))
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
        #expect(try stored(cache) == nil)
        #expect(!cache.report.indexHit)
    }

    @Test func aFileJustWrittenIsNotTrustedByItsTime() throws {
        library.write("03-third.md", sampleChapter(number: 3, title: "Третья"), modifiedSecondsAgo: 0)
        _ = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        let stale = try #require(try stored(LibraryCache(directory: cacheDirectory.path, programVersion: "test")))
        #expect(stale.changedChapters == ["03-third"])
    }

    @Test func anotherVersionsOrADamagedFileIsRefused() throws {
        _ = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        #expect(try mapped(LibraryCache(directory: cacheDirectory.path, programVersion: "other")) == nil)
        let name = try #require(cacheDirectory.files(in: "index").first)
        let original = cacheDirectory.read("index/" + name)
        for damage in [Array(original.prefix(original.count / 2)), Array(original.prefix(40)), [UInt8](),
                       original.enumerated().map { $0.offset == 40 ? $0.element ^ 0x55 : $0.element },
                       SearchIndexFileFormat.resealed(original.enumerated().map { $0.offset == original.count - 3 ? 0xFF : $0.element })] {
            cacheDirectory.write("index/" + name, bytes: damage)
            let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
            if let index = try mapped(cache) {
                // A changed value the reader cannot tell (here: a field of the last unit) still searches safely.
                _ = index.search("механизм")
            } else {
                #expect(!cache.report.indexHit)
            }
        }
        // A rebuild writes a good file again.
        _ = try buildAndStore(LibraryCache(directory: cacheDirectory.path, programVersion: "test"))
        #expect(try mapped(LibraryCache(directory: cacheDirectory.path, programVersion: "test")) != nil)
    }
}
