/// One chapter file's cache entry, as bytes:
///
///     "SOBESCCH"  format (u32)  checksum (u64)  checked length (u64)
///     program version, chapter file path, chapter id          strings      ┐ checked:
///     size, modified seconds, nanoseconds, content hash        the file's   │ the checksum
///     written at (seconds)                                     stamp        │ covers these
///     model's head: length, then ChapterCodec's head bytes                  ┘
///     bodies: length, then ChapterCodec's bodies
///
/// Nothing is trusted before the magic, the format, the checksum and the program version
/// agree; the parts are then read with bounds checks all the same. The bodies are not read
/// at open (their pages are not even touched): each has its own checksum in the head, checked
/// when that body is read.
struct CacheEntry {
    static let magic: [UInt8] = Array("SOBESCCH".utf8)
    /// Raised whenever the layout or the model's encoding changes.
    static let formatVersion: UInt32 = 3
    private static let checksumOffset = 12
    private static let checkedLengthOffset = 20
    private static let headerSize = 28

    var programVersion: String
    var path: String
    var id: String
    var stamp: FileStamp
    var writtenAt: Int64
    /// The model's head, inside the mapped file.
    var model: UnsafeRawBufferPointer
    /// The questions' bodies, inside the mapped file; where each is, the head says.
    var bodies: UnsafeRawBufferPointer

    /// Reads an entry's header; throws for anything damaged, truncated or foreign.
    init(_ bytes: UnsafeRawBufferPointer, programVersion expected: String) throws(CacheDamage) {
        var reader = BinaryReader(bytes)
        guard bytes.count >= CacheEntry.headerSize,
              Array(try reader.bytes(CacheEntry.magic.count)) == CacheEntry.magic else { throw CacheDamage("not a cache file") }
        guard try reader.word32() == CacheEntry.formatVersion else { throw CacheDamage("another format") }
        let checksum = try reader.word()
        let checked = try reader.word()
        guard checked <= UInt64(bytes.count - CacheEntry.headerSize),
              ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[CacheEntry.headerSize..<(CacheEntry.headerSize + Int(checked))])) == checksum else {
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
        guard reader.offset == CacheEntry.headerSize + Int(checked) else { throw CacheDamage("checked length mismatch") }
        bodies = try reader.bytes(try reader.count())
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes") }
    }

    /// The bytes of an entry.
    static func bytes(programVersion: String, path: String, id: String, stamp: FileStamp, writtenAt: Int64,
                      model: UnsafeRawBufferPointer, bodies: UnsafeRawBufferPointer) -> [UInt8] {
        var writer = BinaryWriter(capacity: model.count + bodies.count + 256)
        writer.raw(magic)
        writer.word32(formatVersion)
        writer.word(0)
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
        var bytes = writer.bytes
        let checked = UInt64(bytes.count - headerSize)
        for index in 0..<8 { bytes[checkedLengthOffset + index] = UInt8(truncatingIfNeeded: checked >> UInt64(index * 8)) }
        var tail = BinaryWriter(capacity: bodies.count + 8)
        tail.count(bodies.count)
        tail.raw(bodies)
        bytes += tail.bytes
        return resealed(bytes)
    }

    /// The bytes with the checksum of the checked part (as long as the header says, at most
    /// all that follows the header) written into it.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= headerSize else { return bytes }
        var bytes = bytes
        var checked: UInt64 = 0
        for index in 0..<8 { checked |= UInt64(bytes[checkedLengthOffset + index]) << UInt64(index * 8) }
        let end = headerSize + Int(min(checked, UInt64(bytes.count - headerSize)))
        let checksum = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[headerSize..<end])) }
        bytes.withUnsafeMutableBytes { raw in
            for index in 0..<8 { raw[checksumOffset + index] = UInt8(truncatingIfNeeded: checksum >> UInt64(index * 8)) }
        }
        return bytes
    }
}
