/// Why a cache file was not used: it is damaged, truncated, foreign or stale. Never shown
/// as an error; the file is rebuilt.
public struct CacheDamage: Error, Equatable, CustomStringConvertible {
    public var reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

/// Reads the primitives `BinaryWriter` wrote from untrusted bytes: every read is checked
/// against the end, every count against the bytes left, so a damaged file gives
/// `CacheDamage`, never a crash or a huge allocation.
struct BinaryReader {
    private let base: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        base = bytes
        self.offset = offset
    }

    var remaining: Int { base.count - offset }
    var isAtEnd: Bool { offset == base.count }

    mutating func byte() throws(CacheDamage) -> UInt8 {
        guard offset < base.count else { throw CacheDamage("truncated") }
        defer { offset += 1 }
        return base[offset]
    }

    mutating func varint() throws(CacheDamage) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else { throw CacheDamage("overlong number") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of things that take at least `bytesEach` bytes each: never more than the bytes left.
    mutating func count(bytesEach: Int = 1) throws(CacheDamage) -> Int {
        let value = try varint()
        guard value <= UInt64(remaining / max(bytesEach, 1)) else { throw CacheDamage("count beyond the end") }
        return Int(value)
    }

    mutating func int() throws(CacheDamage) -> Int {
        let raw = try varint()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        return Int(value)
    }

    mutating func optionalInt() throws(CacheDamage) -> Int? {
        switch try byte() {
        case 0: return nil
        case 1: return try int()
        default: throw CacheDamage("bad optional")
        }
    }

    mutating func bool() throws(CacheDamage) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheDamage("bad flag")
        }
    }

    mutating func bytes(_ count: Int) throws(CacheDamage) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw CacheDamage("truncated") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + count)])
    }

    /// A string; bytes that are not UTF-8 are repaired (a checksummed file never has any).
    mutating func string() throws(CacheDamage) -> String {
        let utf8 = try bytes(try count())
        return String(decoding: utf8, as: UTF8.self)
    }

    mutating func optionalString() throws(CacheDamage) -> String? {
        switch try byte() {
        case 0: return nil
        case 1: return try string()
        default: throw CacheDamage("bad optional")
        }
    }

    mutating func word() throws(CacheDamage) -> UInt64 {
        let raw = try bytes(8)
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(raw[index]) << UInt64(index * 8) }
        return value
    }

    mutating func word32() throws(CacheDamage) -> UInt32 {
        let raw = try bytes(4)
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(raw[index]) << UInt32(index * 8) }
        return value
    }

    /// A run `BinaryWriter.int32Array` wrote, copied out in one pass.
    mutating func int32Array() throws(CacheDamage) -> [Int32] {
        let count = try varint()
        while offset % 4 != 0 {
            guard try byte() == 0 else { throw CacheDamage("bad padding") }
        }
        guard count <= UInt64(remaining / 4) else { throw CacheDamage("count beyond the end") }
        let raw = try bytes(Int(count) * 4)
        return [Int32](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            for index in 0..<Int(count) {
                buffer[index] = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: Int32.self))
            }
            initialized = Int(count)
        }
    }

    mutating func byteArray() throws(CacheDamage) -> [UInt8] {
        Array(try bytes(try count()))
    }
}
