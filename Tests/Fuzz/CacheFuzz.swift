// libFuzzer target for the chapter cache's reader; built and run by run-library-fuzz.sh cache.
//
// Checked on every input (any bytes, as a cache entry): reading gives a chapter or
// CacheDamage, never a crash, a hang or a huge allocation; the same bytes with their
// checksum made right (so changes reach the model behind it) too; a chapter it accepts,
// written again, reads back equal; time per input is linear (FuzzTiming).
import Chapter
import LibraryCache

private let version = "fuzz"

@_cdecl("LLVMFuzzerTestOneInput")
public func cacheFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: size > 0 ? data : nil, count: size))
    timed(size: size) {
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

/// Before the corpus is read: entries of the repository's own chapters (the folders in
/// CACHE_FUZZ_CHAPTERS, separated by colons) written into CACHE_FUZZ_CORPUS as seeds, so
/// the fuzzer starts from well-formed entries of the current format.
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
        }
    }
    return 0
}

#if canImport(Glibc)
import Glibc
#endif
