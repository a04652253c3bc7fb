/// One chapter file's cache entry, as bytes:
///
///     "SOBESCCH"  format (u32)  checksum (u64) of everything after it
///     program version, chapter file path, chapter id          strings
///     size, modified seconds, nanoseconds, content hash        the file's stamp
///     written at (seconds)
///     model: length, then ChapterCodec's bytes
///
/// Nothing is trusted before the magic, the format, the checksum and the program version
/// agree; the parts are then read with bounds checks all the same.
struct CacheEntry {
    static let magic: [UInt8] = Array("SOBESCCH".utf8)
    /// Raised whenever the layout or the model's encoding changes.
    static let formatVersion: UInt32 = 1
    private static let checksumOffset = 12
    private static let headerSize = 20

    var programVersion: String
    var path: String
    var id: String
    var stamp: FileStamp
    var writtenAt: Int64
    /// The model's bytes, inside the mapped file.
    var model: UnsafeRawBufferPointer

    /// Reads an entry's header; throws for anything damaged, truncated or foreign.
    init(_ bytes: UnsafeRawBufferPointer, programVersion expected: String) throws(CacheDamage) {
        var reader = BinaryReader(bytes)
        guard bytes.count >= CacheEntry.headerSize,
              Array(try reader.bytes(CacheEntry.magic.count)) == CacheEntry.magic else { throw CacheDamage("not a cache file") }
        guard try reader.word32() == CacheEntry.formatVersion else { throw CacheDamage("another format") }
        let checksum = try reader.word()
        guard ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[CacheEntry.headerSize...])) == checksum else {
            throw CacheDamage("checksum mismatch")
        }
        programVersion = try reader.string()
        guard programVersion == expected else { throw CacheDamage("written by sobes \(programVersion)") }
        path = try reader.string()
        id = try reader.string()
        stamp = FileStamp(size: try reader.word(), modifiedSeconds: Int64(bitPattern: try reader.word()),
                          modifiedNanoseconds: Int64(bitPattern: try reader.word()), contentHash: try reader.word())
        writtenAt = Int64(bitPattern: try reader.word())
        model = try reader.bytes(try reader.count())
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes") }
    }

    /// The bytes of an entry.
    static func bytes(programVersion: String, path: String, id: String, stamp: FileStamp, writtenAt: Int64,
                      model: UnsafeRawBufferPointer) -> [UInt8] {
        var writer = BinaryWriter(capacity: model.count + 256)
        writer.raw(magic)
        writer.word32(formatVersion)
        writer.word(0)
        writer.string(programVersion)
        writer.string(path)
        writer.string(id)
        writer.word(stamp.size)
        writer.word(UInt64(bitPattern: stamp.modifiedSeconds))
        writer.word(UInt64(bitPattern: stamp.modifiedNanoseconds))
        writer.word(stamp.contentHash)
        writer.word(UInt64(bitPattern: writtenAt))
        writer.count(model.count)
        writer.raw(model)
        return resealed(writer.bytes)
    }

    /// The bytes with the checksum of what follows the header written into it.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= headerSize else { return bytes }
        var bytes = bytes
        let checksum = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        bytes.withUnsafeMutableBytes { raw in
            for index in 0..<8 { raw[checksumOffset + index] = UInt8(truncatingIfNeeded: checksum >> UInt64(index * 8)) }
        }
        return bytes
    }
}
