import Chapter
import Search

/// The library's search index on disk, as bytes:
///
///     "SOBESIDX"  format (u32)  0 (u32)  checksum (u64) of the header  header length (u64)
///     header: program version, written at (seconds), per library file its path, chapter id
///             and stamp (size, modified seconds, nanoseconds), the load's warnings
///     zeros to an 8-byte boundary, then the index (`SearchIndex.fileBody`), read in place
///
/// The header is checked whole (magic, format, checksum, version); the index behind it is
/// checked column by column as it is mapped (`SearchIndex(fileBody:...)`).
struct SearchIndexFile {
    static let magic: [UInt8] = Array("SOBESIDX".utf8)
    /// Raised whenever the layout or the index's columns change.
    static let formatVersion: UInt32 = 2  // 2: the analysed glossary follows the index
    private static let prefixSize = 32

    struct Stamp: Equatable {
        var file: LibraryFile
        var size: UInt64
        var modifiedSeconds: Int64
        var modifiedNanoseconds: Int64
    }

    var programVersion: String
    var writtenAt: Int64
    var stamps: [Stamp]
    var warnings: [LoadWarning]
    /// The index's bytes, inside the mapped file.
    var body: UnsafeRawBufferPointer
    /// The header's checksum: it covers when the file was written and what from, so it names
    /// this file among all index files of the library.
    var identity: UInt64

    /// Reads the header; throws for anything damaged, truncated or foreign.
    init(_ bytes: UnsafeRawBufferPointer, programVersion expected: String) throws(CacheDamage) {
        var reader = BinaryReader(bytes)
        guard bytes.count >= SearchIndexFile.prefixSize,
              Array(try reader.bytes(SearchIndexFile.magic.count)) == SearchIndexFile.magic else { throw CacheDamage("not an index file") }
        guard try reader.word32() == SearchIndexFile.formatVersion, try reader.word32() == 0 else { throw CacheDamage("another format") }
        let checksum = try reader.word()
        let length = try reader.word()
        guard length <= UInt64(reader.remaining) else { throw CacheDamage("truncated") }
        let header = try reader.bytes(Int(length))
        guard ContentHash.of(header) == checksum else { throw CacheDamage("checksum mismatch") }
        identity = checksum
        var fields = BinaryReader(header)
        programVersion = try fields.string()
        guard programVersion == expected else { throw CacheDamage("written by sobes \(programVersion)") }
        writtenAt = Int64(bitPattern: try fields.word())
        var stamps: [Stamp] = []
        for _ in 0..<(try fields.count(bytesEach: 26)) {
            let file = LibraryFile(path: try fields.string(), chapterID: try fields.string())
            stamps.append(Stamp(file: file, size: try fields.word(), modifiedSeconds: Int64(bitPattern: try fields.word()),
                                modifiedNanoseconds: Int64(bitPattern: try fields.word())))
        }
        var warnings: [LoadWarning] = []
        for _ in 0..<(try fields.count(bytesEach: 3)) {
            warnings.append(LoadWarning(path: try fields.string(), line: try fields.optionalInt(), message: try fields.string()))
        }
        guard fields.isAtEnd else { throw CacheDamage("trailing bytes in the header") }
        self.stamps = stamps
        self.warnings = warnings
        let bodyStart = (SearchIndexFile.prefixSize + Int(length) + 7) / 8 * 8
        guard bodyStart <= bytes.count else { throw CacheDamage("truncated") }
        body = UnsafeRawBufferPointer(rebasing: bytes[bodyStart...])
    }

    /// The bytes with the header's checksum written into them (when the header is all there).
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= prefixSize else { return bytes }
        var length = 0
        for index in 0..<8 { length |= Int(bytes[24 + index]) << (index * 8) }
        guard length >= 0, length <= bytes.count - prefixSize else { return bytes }
        var bytes = bytes
        let checksum = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[prefixSize..<(prefixSize + length)])) }
        for index in 0..<8 { bytes[16 + index] = UInt8(truncatingIfNeeded: checksum >> UInt64(index * 8)) }
        return bytes
    }

    /// The identity (`identity`) of the file that starts with `head`.
    static func identity(ofHead head: [UInt8]) -> UInt64 {
        var checksum: UInt64 = 0
        for index in 0..<8 { checksum |= UInt64(head[16 + index]) << UInt64(index * 8) }
        return checksum
    }

    /// The bytes of an index file before its body (the body follows them as it is).
    static func head(programVersion: String, writtenAt: Int64, stamps: [Stamp], warnings: [LoadWarning]) -> [UInt8] {
        var header = BinaryWriter(capacity: stamps.count * 96 + 256)
        header.string(programVersion)
        header.word(UInt64(bitPattern: writtenAt))
        header.count(stamps.count)
        for stamp in stamps {
            header.string(stamp.file.path)
            header.string(stamp.file.chapterID)
            header.word(stamp.size)
            header.word(UInt64(bitPattern: stamp.modifiedSeconds))
            header.word(UInt64(bitPattern: stamp.modifiedNanoseconds))
        }
        header.count(warnings.count)
        for warning in warnings {
            header.string(warning.path)
            header.optionalInt(warning.line)
            header.string(warning.message)
        }
        var writer = BinaryWriter(capacity: header.bytes.count + 64)
        writer.raw(magic)
        writer.word32(formatVersion)
        writer.word32(0)
        writer.word(ContentHash.of(header.bytes))
        writer.word(UInt64(header.bytes.count))
        writer.raw(header.bytes)
        while writer.bytes.count % 8 != 0 { writer.byte(0) }
        return writer.bytes
    }
}
