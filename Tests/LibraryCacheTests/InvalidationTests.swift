import Chapter
@testable import LibraryCache
import Foundation
import Testing

/// A changed chapter file is parsed again, alone; an unchanged one (even touched) is not.
@Suite struct InvalidationTests {
    let cacheDirectory = Scratch()
    let library = Scratch()

    init() {
        library.write("01-first.md", sampleChapter(number: 1, title: "Первая"))
        library.write("02-second.md", sampleChapter(number: 2, title: "Вторая"))
    }

    func load() throws -> (library: Library, report: LibraryCache.Report) {
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
        let loaded = try cache.load(library.path)
        return (loaded, cache.report)
    }

    @Test func aFileThatChangedSizeIsParsedAgainAlone() throws {
        _ = try load()
        library.write("02-second.md", sampleChapter(number: 2, title: "Вторая", questions: 4))
        let (loaded, report) = try load()
        #expect(loaded.chapter(id: "02-second")?.questions.count == 4)
        #expect(report.parsed == 1)
        #expect(report.hits == 1)
        #expect(try load().report.hits == 2)
    }

    @Test func theSameSizeWithOtherContentAndTimeIsParsedAgain() throws {
        _ = try load()
        let old = sampleChapter(number: 2, title: "Вторая")
        let new = old.replacingFirst("Механизм 1", with: "Алгоритм 1")
        #expect(new.utf8.count == old.utf8.count && new != old)
        library.write("02-second.md", new, modifiedSecondsAgo: 50)
        let (loaded, report) = try load()
        #expect(report.parsed == 1)
        #expect(loaded.chapter(id: "02-second")?.questions.first?.section(.shortAnswer)
            .map { $0.blocks.description.contains("Алгоритм 1") } == true)
    }

    @Test func aTouchedFileWithTheSameContentIsNotParsed() throws {
        _ = try load()
        library.setModified("01-first.md", secondsAgo: 30, nanoseconds: 5)
        let (_, report) = try load()
        #expect(report.parsed == 0)
        #expect(report.hits == 2)
    }

    @Test func aFileWrittenJustNowIsCheckedByContent() throws {
        // Modified within the clock's granularity of the entry's writing: the time alone
        // cannot be trusted, so the same size and time with other bytes is still noticed.
        let old = sampleChapter(number: 1, title: "Первая")
        library.write("01-first.md", old, modifiedSecondsAgo: 0)
        _ = try load()
        library.write("01-first.md", old.replacingFirst("Механизм 1", with: "Алгоритм 1"), modifiedSecondsAgo: 0)
        library.setModified("01-first.md", secondsAgo: 0)
        let (loaded, report) = try load()
        #expect(report.parsed == 1)
        #expect(loaded.chapter(id: "01-first")?.questions.first?.section(.shortAnswer)
            .map { $0.blocks.description.contains("Алгоритм 1") } == true)
    }

    @Test func aRemovedFileIsGoneFromTheLibrary() throws {
        _ = try load()
        _ = unlink(library.path + "/02-second.md")
        let (loaded, report) = try load()
        #expect(loaded.chapters.map(\.id) == ["01-first"])
        #expect(report.hits == 1)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

#if canImport(Glibc)
import Glibc
#endif
