// libFuzzer target for the chapter cache's reader; built and run by run-library-fuzz.sh cache.
//
// Checked on every input (any bytes, as a cache entry): reading gives a chapter or
// CacheDamage, never a crash, a hang or a huge allocation; the same bytes with their
// checksum made right (so changes reach the model behind it) too; a chapter it accepts,
// written again, reads back equal; time per input is linear (FuzzTiming).
// The same bytes as a search index file: refused or mapped, never a crash; an index it
// accepts answers queries (without a crash) and, written again, reads back.
import Chapter
import LibraryCache
import Search

private let version = "fuzz"

@_cdecl("LLVMFuzzerTestOneInput")
public func cacheFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: size > 0 ? data : nil, count: size))
    timed(size: size) {
        checkIndexFile(bytes)
        _ = bytes.withUnsafeBytes { try? CacheEntryFormat.decode($0, programVersion: version) }
        let sealed = CacheEntryFormat.resealed(bytes)
        guard let (chapter, warnings) = sealed.withUnsafeBytes({ try? CacheEntryFormat.decode($0, programVersion: version) }) else { return }
        let again = CacheEntryFormat.encode(chapter, warnings: warnings, path: "fuzz.md", programVersion: version)
        guard let reread = again.withUnsafeBytes({ try? CacheEntryFormat.decode($0, programVersion: version) }) else {
            fatalError("an entry written from an accepted chapter does not read")
        }
        check(reread.chapter == chapter, "the chapter changed when written again")
        check(reread.warnings == warnings, "the warnings changed when written again")
    }
    return 0
}

private let queries = ["семафор", "event loop", "asyncio.gather", "\"цикл событий\"", "semafore", "ефылпкщгз", "TaskGrup"]

/// The bytes as an index file, and with the header's checksum made right.
private func checkIndexFile(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { try? SearchIndexFileFormat.decode($0, programVersion: version) }
    let sealed = SearchIndexFileFormat.resealed(bytes)
    guard let index = sealed.withUnsafeBytes({ try? SearchIndexFileFormat.decode($0, programVersion: version) }) else { return }
    for query in queries {
        _ = index.search(query, limit: 5)
        _ = index.search(query, limit: 5, prefixLastWord: true)
    }
    let again = SearchIndexFileFormat.encode(index, programVersion: version)
    check(again.withUnsafeBytes({ try? SearchIndexFileFormat.decode($0, programVersion: version) }) != nil,
          "an index written from an accepted one does not read")
}

/// Before the corpus is read: entries of the repository's own chapters (the folders in
/// CACHE_FUZZ_CHAPTERS, separated by colons) written into CACHE_FUZZ_CORPUS as seeds, so
/// the fuzzer starts from well-formed entries of the current format; and each chapter's
/// search index file.
@_cdecl("LLVMFuzzerInitialize")
public func cacheFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    guard let folders = getenv("CACHE_FUZZ_CHAPTERS").map({ String(cString: $0) }),
          let corpus = getenv("CACHE_FUZZ_CORPUS").map({ String(cString: $0) }) else { return 0 }
    for folder in folders.split(separator: ":") {
        guard let library = try? LibraryLoader.load(directory: String(folder)) else { continue }
        for chapter in library.chapters {
            let entry = CacheEntryFormat.encode(chapter, warnings: [], path: chapter.sourcePath, programVersion: version)
            let name = corpus + "/seed-" + chapter.id.replacing("/", with: "-") + ".entry"
            guard let file = fopen(name, "wb") else { continue }
            _ = entry.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
            let index = SearchIndexFileFormat.encode(SearchIndex(library: Library(chapters: [chapter])), programVersion: version)
            guard let indexFile = fopen(corpus + "/seed-" + chapter.id.replacing("/", with: "-") + ".index", "wb") else { continue }
            _ = index.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, indexFile) }
            fclose(indexFile)
        }
    }
    return 0
}

#if canImport(Glibc)
import Glibc
#endif
