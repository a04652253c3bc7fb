import Chapter
@testable import LibraryCache
import Testing

/// What the first frame and `sobes show` read: one chapter, the others untouched.
@Suite struct OneChapterTests {
    let cacheDirectory = Scratch()
    let library = Scratch()

    init() {
        library.write("02-second.md", sampleChapter(number: 2, title: "Вторая"))
        library.write("01-first.md", sampleChapter(number: 1, title: "Первая"))
        library.write("10-tenth.md", sampleChapter(number: 10, title: "Десятая"))
    }

    @Test func theFirstChapterIsTheLowestNumberedFileAloneRead() throws {
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
        let first = try #require(LibraryLoader.firstChapter(roots: [LibraryLoader.Root(path: library.path)], reader: cache.reader))
        #expect(first.chapters.map(\.id) == ["01-first"])
        #expect(first.chapters == [try #require(try LibraryLoader.load(directory: library.path).chapters.first)])
        #expect(cache.report.parsed == 1)
    }

    @Test func aChapterIsFoundByItsIdAlone() throws {
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
        let roots = [LibraryLoader.Root(path: library.path)]
        let found = try #require(LibraryLoader.chapter(id: "10-tenth", roots: roots, reader: cache.reader))
        #expect(found.chapters.map(\.title) == ["Десятая"])
        #expect(cache.report.parsed == 1)
        #expect(LibraryLoader.chapter(id: "03-missing", roots: roots) == nil)
        #expect(LibraryLoader.chapter(id: "../02-second", roots: roots) == nil)
        #expect(LibraryLoader.opening(roots: roots)?.chapterFileCount == 3)
    }

    /// The opening chapter and the count a background load counts up to come from one listing:
    /// the count is every chapter file, tracks' included, and the chapter the whole load puts first.
    @Test func theOpeningCountsEveryChapterFileOfRootsAndTracks() throws {
        library.write("03-third.md", sampleChapter(number: 3, title: "Третья"))
        let roots = [LibraryLoader.Root(path: Paths.tracks), LibraryLoader.Root(path: library.path)]
        let opening = try #require(LibraryLoader.opening(roots: roots))
        let chapterFiles = try #require(LibraryLoader.files(roots: roots)).filter { !$0.chapterID.isEmpty }
        #expect(opening.chapterFileCount == chapterFiles.count)
        #expect(opening.chapterFileCount == 3 + 4)
        #expect(opening.first.chapters.map(\.id) == ["python/01-types"])
    }
}
