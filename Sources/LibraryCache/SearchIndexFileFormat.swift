import Chapter
import Search

/// An index file's bytes without the files around them: what the fuzz target and the tests
/// feed the reader directly.
public enum SearchIndexFileFormat {
    /// The index file for an index, as `LibraryCache` writes it (with no library files).
    public static func encode(_ index: SearchIndex, programVersion: String) -> [UInt8] {
        SearchIndexFile.head(programVersion: programVersion, writtenAt: 0, stamps: [], warnings: []) + index.fileBody()
    }

    /// The index a file holds (snippets find no chapters); `CacheDamage` for anything damaged,
    /// truncated or foreign.
    public static func decode(_ bytes: UnsafeRawBufferPointer, programVersion: String) throws(CacheDamage) -> SearchIndex {
        let file = try SearchIndexFile(bytes, programVersion: programVersion)
        do {
            return try SearchIndex(copyingFileBody: file.body, terms: TermDictionary()) { _, _ in nil }
        } catch {
            throw CacheDamage("index: \(error)")
        }
    }

    /// The bytes with their header checksum made right, so a fuzzer's changes reach what is behind it.
    public static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        SearchIndexFile.resealed(bytes)
    }
}
