import Chapter

/// A chapter entry's bytes without the files around them: what the fuzz target and the
/// benchmark feed the reader directly.
public enum CacheEntryFormat {
    /// The entry for a chapter, as `LibraryCache` writes it.
    public static func encode(_ chapter: Chapter, warnings: [LoadWarning], path: String, programVersion: String) -> [UInt8] {
        var model = BinaryWriter()
        var bodies = BinaryWriter()
        ChapterCodec.encode(chapter, warnings: warnings, head: &model, bodies: &bodies)
        let stamp = FileStamp(size: 0, modifiedSeconds: 0, modifiedNanoseconds: 0, contentHash: 0)
        return model.bytes.withUnsafeBytes { model in
            bodies.bytes.withUnsafeBytes { bodies in
                CacheEntry.bytes(programVersion: programVersion, path: path, id: chapter.id, stamp: stamp, writtenAt: 0,
                                 model: model, bodies: bodies)
            }
        }
    }

    /// The chapter an entry holds; `CacheDamage` for anything damaged, truncated or foreign.
    public static func decode(_ bytes: UnsafeRawBufferPointer, programVersion: String) throws(CacheDamage)
        -> (chapter: Chapter, warnings: [LoadWarning]) {
        try LibraryCache.decode(try CacheEntry(bytes, programVersion: programVersion))
    }

    /// The bytes with their checksum made right, so a fuzzer's changes reach the parts behind it.
    public static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        CacheEntry.resealed(bytes)
    }
}
