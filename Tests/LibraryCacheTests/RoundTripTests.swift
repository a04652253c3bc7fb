import Chapter
@testable import LibraryCache
import Search
import Testing

/// A model read from the cache is the model the parser builds, and searches the same.
@Suite struct RoundTripTests {
    @Test(arguments: [Paths.content, Paths.shapes, Paths.tracks])
    func theCachedLibraryEqualsTheParsedOne(directory: String) throws {
        let scratch = Scratch()
        let parsed = try LibraryLoader.load(directory: directory)
        let first = LibraryCache(directory: scratch.path, programVersion: "test")
        let written = try first.load(directory)
        #expect(written == parsed)
        #expect(first.report.parsed == parsed.chapters.count)
        #expect(first.report.problem == nil)

        let second = LibraryCache(directory: scratch.path, programVersion: "test")
        let read = try second.load(directory)
        #expect(read == parsed)
        #expect(second.report.hits == parsed.chapters.count)
        #expect(second.report.parsed == 0)
        #expect(second.report.rejected.isEmpty)
    }

    @Test func searchFindsTheSameInTheCachedLibrary() throws {
        let scratch = Scratch()
        let parsed = try LibraryLoader.load(directory: Paths.content)
        _ = try LibraryCache(directory: scratch.path, programVersion: "test").load(Paths.content)
        let cache = LibraryCache(directory: scratch.path, programVersion: "test")
        let cached = try cache.load(Paths.content)
        #expect(cache.report.hits == parsed.chapters.count)
        let fromParse = SearchIndex(library: parsed)
        let fromCache = SearchIndex(library: cached)
        for query in ["семафор", "event loop", "gather", "TaskGroup", "отмена задачи"] {
            let expected = fromParse.search(query, limit: 50)
            let found = fromCache.search(query, limit: 50)
            #expect(!expected.hits.isEmpty, "\(query)")
            #expect(found.hits.map(\.questionID) == expected.hits.map(\.questionID), "\(query)")
            // Sums over hashed sets may add in another order: the last bits of a score can differ.
            for (hit, reference) in zip(found.hits, expected.hits) {
                #expect(abs(hit.score - reference.score) <= 1e-5 * max(1, abs(reference.score)), "\(query)")
                #expect(hit.snippet == reference.snippet, "\(query)")
            }
        }
    }

    @Test func warningsOfAParseComeBackFromTheCache() throws {
        let scratch = Scratch()
        let library = Scratch()
        // Latin-1 bytes in a UTF-8 chapter: loading warns and goes on.
        library.write("01-bytes.md", bytes: Array(sampleChapter(number: 1, title: "Байты").utf8) + [0xE9, 0x0A])
        let parsed = try LibraryLoader.load(directory: library.path)
        #expect(!parsed.warnings.isEmpty)
        _ = try LibraryCache(directory: scratch.path, programVersion: "test").load(library.path)
        let cache = LibraryCache(directory: scratch.path, programVersion: "test")
        #expect(try cache.load(library.path).warnings == parsed.warnings)
        #expect(cache.report.hits == 1)
    }
}
