import Chapter
import Foundation
import LibraryCache
import Search

/// The chapter cache against a full parse: one entry read from bytes against parsing
/// chapter 04, whole libraries loaded through a warm cache against parsing every file, and the
/// library's search index mapped from its file, or updated for one edited chapter, against building
/// it from the loaded models.
enum CacheBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let path = context.contentDirectory + "/04-asyncio.md"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let parsed = try ChapterParser.parse(bytes: bytes, chapterID: "04-asyncio", path: path)
        let entry = CacheEntryFormat.encode(parsed.chapter, warnings: parsed.warnings, path: path, programVersion: "bench")
        let parse = context.measure(iterations: 300) {
            _ = try! ChapterParser.parse(bytes: bytes, chapterID: "04-asyncio", path: path)
        }
        let decode = context.measure(iterations: 300) {
            _ = entry.withUnsafeBytes { try! CacheEntryFormat.decode($0, programVersion: "bench") }
        }
        print("chapter 04: parse \(Summary(parse)); from its cache entry (\(entry.count) bytes) \(Summary(decode))"
              + String(format: "   %.1fx faster", Summary(parse).median / Summary(decode).median))

        let cacheRoot = NSTemporaryDirectory() + "sobes-bench-cache-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: cacheRoot) }
        for scale in [100, 1000] {
            let directory = try context.corpus(scale: scale) + "/chapters"
            let full = try context.measure(iterations: scale >= 1000 ? 3 : 10, warmup: 1) {
                _ = try LibraryLoader.load(directory: directory)
            }
            // The first load writes the entries (the warm-up); the measured ones read them.
            let cached = try context.measure(iterations: scale >= 1000 ? 5 : 10, warmup: 1) {
                let cache = LibraryCache(directory: cacheRoot, programVersion: "bench")
                _ = try LibraryLoader.load(directory: directory, reader: cache.reader)
            }
            print("load \(scale)x library: parsing every file \(Summary(full)); through a warm cache \(Summary(cached))"
                  + String(format: "   %.1fx faster", Summary(full).median / Summary(cached).median))

            let roots = [LibraryLoader.Root(path: directory)]
            guard let files = LibraryLoader.files(roots: roots) else { throw CocoaError(.fileReadNoSuchFile) }
            let cache = LibraryCache(directory: cacheRoot, programVersion: "bench")
            let stamps = cache.stamps(of: files)
            let library = try LibraryLoader.load(roots: roots, reader: cache.reader)
            let build = context.measure(iterations: scale >= 1000 ? 3 : 10, warmup: 0) {
                _ = SearchIndex(library: library)
            }
            cache.storeSearchIndex(SearchIndex(library: library), stamps: stamps, warnings: [])
            let open = context.measure(iterations: 20, warmup: 1) {
                precondition(LibraryCache(directory: cacheRoot, programVersion: "bench").searchIndex(for: files, terms: TermDictionary()) != nil,
                             "the index file was not used")
            }
            print("search index \(scale)x: built from the models \(Summary(build)); mapped from its file \(Summary(open))"
                  + String(format: "   %.1fx faster", Summary(build).median / Summary(open).median))

            // One chapter edited (its last question gone): indexed again alone, the rest merged.
            let whole = SearchIndex(library: library)
            var chapters = library.chapters
            let middle = chapters.count / 2
            chapters[middle].questions.removeLast()
            let edited = Library(chapters: chapters)
            let update = context.measure(iterations: scale >= 1000 ? 3 : 10, warmup: 0) {
                _ = whole.updated(for: edited, changedChapters: [chapters[middle].id])
            }
            print("search index \(scale)x, one chapter edited: updated \(Summary(update)) against built whole \(Summary(build))"
                  + String(format: "   %.1fx faster", Summary(build).median / Summary(update).median))
        }
    }
}
