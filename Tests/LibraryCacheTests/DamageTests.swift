import Chapter
@testable import LibraryCache
import Testing

/// A damaged, truncated, foreign or unwritable cache is never trusted and never an error:
/// the chapter is parsed, and the entry written again.
@Suite struct DamageTests {
    let cacheDirectory = Scratch()
    let library = Scratch()

    init() {
        library.write("01-first.md", sampleChapter(number: 1, title: "Первая"))
    }

    var entryName: String { cacheDirectory.files(in: "chapters").first { $0.hasSuffix(".chapter") } ?? "" }

    func load(version: String = "test") throws -> (library: Library, report: LibraryCache.Report) {
        let cache = LibraryCache(directory: cacheDirectory.path, programVersion: version)
        let loaded = try cache.load(library.path)
        return (loaded, cache.report)
    }

    func replaceEntry(with bytes: [UInt8]) {
        cacheDirectory.write("chapters/" + entryName, bytes: bytes)
    }

    @Test func everyTruncationIsRejectedAndRebuilt() throws {
        let expected = try LibraryLoader.load(directory: library.path)
        _ = try load()
        let entry = cacheDirectory.read("chapters/" + entryName)
        #expect(entry.count > 100)
        for length in stride(from: 0, to: entry.count, by: max(1, entry.count / 97)) {
            replaceEntry(with: Array(entry[0..<length]))
            let (loaded, report) = try load()
            #expect(loaded == expected)
            #expect(report.parsed == 1, "cut at \(length)")
        }
        #expect(try load().report.hits == 1)
    }

    /// Rejected at open when it is in the header or the head; in a question's body (not read
    /// at open), when that body is read: the answer then comes from the chapter file.
    @Test func aFlippedByteAnywhereIsRejected() throws {
        let expected = try LibraryLoader.load(directory: library.path)
        _ = try load()
        let entry = cacheDirectory.read("chapters/" + entryName)
        for position in stride(from: 0, to: entry.count, by: max(1, entry.count / 61)) {
            var damaged = entry
            damaged[position] ^= 0x5A
            replaceEntry(with: damaged)
            let cache = LibraryCache(directory: cacheDirectory.path, programVersion: "test")
            let loaded = try cache.load(library.path)
            let atOpen = cache.report.parsed
            for (read, parsed) in zip(loaded.allQuestions, expected.allQuestions) { #expect(read.body == parsed.body) }
            #expect(loaded == expected)
            #expect(atOpen == 1 || cache.report.rejected.count == 1, "flipped at \(position)")
            if atOpen == 0 { #expect(entryName.isEmpty, "the damaged entry stays, flipped at \(position)") }
            _ = try load()  // written again for the next position
        }
    }

    @Test func garbageIsRejected() throws {
        _ = try load()
        var generator = SystemRandomNumberGenerator()
        replaceEntry(with: (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let (_, report) = try load()
        #expect(report.parsed == 1)
        #expect(report.rejected.count == 1)
    }

    @Test func anotherVersionsEntryIsRebuilt() throws {
        _ = try load(version: "0.0.1-other")
        let (loaded, report) = try load()
        #expect(report.parsed == 1)
        #expect(report.rejected.first?.contains("0.0.1-other") == true)
        #expect(loaded == (try LibraryLoader.load(directory: library.path)))
        #expect(try load().report.hits == 1)
    }

    @Test func anUnwritableCacheDirectoryStillLoads() throws {
        // A regular file where the cache's folder would be: nothing can be created under it.
        cacheDirectory.write("blocked", "not a folder")
        let cache = LibraryCache(directory: cacheDirectory.path + "/blocked/sobes", programVersion: "test")
        let loaded = try cache.load(library.path)
        #expect(loaded == (try LibraryLoader.load(directory: library.path)))
        #expect(cache.report.problem != nil)
        #expect(cache.report.parsed == 1)
    }

    @Test func aBadChapterIsReportedAsTheParserReportsIt() throws {
        library.write("02-empty.md", "")
        let (loaded, _) = try load()
        let parsed = try LibraryLoader.load(directory: library.path)
        #expect(loaded.warnings == parsed.warnings)
        #expect(!loaded.warnings.isEmpty)
    }
}

/// Where the cache goes.
@Suite struct CacheLocationTests {
    @Test func theOwnVariableWinsThenXDGThenHome() {
        #expect(CacheLocation.directory(environment: ["SOBES_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/c")
        #expect(CacheLocation.directory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/sobes")
        #expect(CacheLocation.directory(environment: ["HOME": "/h"]) == "/h/.cache/sobes")
        #expect(CacheLocation.directory(environment: [:]) == nil)
    }

    @Test func aRelativeXDGPathIsIgnored() {
        #expect(CacheLocation.directory(environment: ["XDG_CACHE_HOME": "cache", "HOME": "/h"]) == "/h/.cache/sobes")
        #expect(CacheLocation.directory(environment: ["XDG_CACHE_HOME": "", "SOBES_CACHE_DIR": "", "HOME": "/h"]) == "/h/.cache/sobes")
    }
}

/// A writer killed between writing and renaming leaves a temporary file: the next run removes it.
@Suite struct AbandonedTemporaryTests {
    @Test func aDeadWritersTemporaryFileIsRemovedAndALiveOnesKept() throws {
        let cacheDirectory = Scratch()
        let library = Scratch()
        library.write("01-first.md", sampleChapter(number: 1, title: "Первая"))
        _ = try LibraryCache(directory: cacheDirectory.path, programVersion: "test").load(library.path)
        // pid 1 is alive; a pid above the kernel's maximum never is.
        cacheDirectory.write("chapters/abc.chapter.1.tmp", "half")
        cacheDirectory.write("chapters/abc.chapter.99999999.tmp", "half")
        library.write("01-first.md", sampleChapter(number: 1, title: "Первая", questions: 2))
        _ = try LibraryCache(directory: cacheDirectory.path, programVersion: "test").load(library.path)
        let names = cacheDirectory.files(in: "chapters")
        #expect(names.contains("abc.chapter.1.tmp"))
        #expect(!names.contains("abc.chapter.99999999.tmp"))
        #expect(names.filter { $0.hasSuffix(".chapter") }.count == 1)
    }
}
