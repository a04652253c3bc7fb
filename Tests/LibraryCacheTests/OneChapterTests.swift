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
        #expect(LibraryLoader.chapterFileCount(roots: roots) == 3)
    }
}
