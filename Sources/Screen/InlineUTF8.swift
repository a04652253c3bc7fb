/// Up to 15 bytes of UTF-8 kept inline, the length in the 16th: a cell's grapheme without a
/// String, so cells are plain values that copy, fill and compare at memory speed (a String
/// costs a retain and a release on every copy, which dominated drawing a frame).
///
/// A longer grapheme (a long emoji ZWJ sequence) keeps its leading whole scalars that fit: the
/// terminal could show no more of it than its first character and marks anyway.
@usableFromInline
struct InlineUTF8: Hashable, Sendable {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0

    static let capacity = 15

    init() {}

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            low = UInt64(value)
            setCount(1)
        } else if value < 0x800 {
            low = UInt64(0xC0 | value >> 6) | UInt64(0x80 | value & 0x3F) << 8
            setCount(2)
        } else if value < 0x10000 {
            low = UInt64(0xE0 | value >> 12) | UInt64(0x80 | value >> 6 & 0x3F) << 8
                | UInt64(0x80 | value & 0x3F) << 16
            setCount(3)
        } else {
            low = UInt64(0xF0 | value >> 18) | UInt64(0x80 | value >> 12 & 0x3F) << 8
                | UInt64(0x80 | value >> 6 & 0x3F) << 16 | UInt64(0x80 | value & 0x3F) << 24
            setCount(4)
        }
    }

    /// The UTF-8 of one scalar, `bytes` (1 to 4 of them): what `init(_: Unicode.Scalar)` stores.
    init(scalarBytes bytes: UnsafeBufferPointer<UInt8>) {
        for index in bytes.indices { low |= UInt64(bytes[index]) << (8 * index) }
        setCount(bytes.count)
    }

    init(_ string: String) {
        var count = 0
        var scalarStart = 0
        withUnsafeMutableBytes(of: &self) { raw in
            for byte in string.utf8 {
                let isContinuationByte = byte & 0xC0 == 0x80
                if count == Self.capacity {
                    if isContinuationByte { count = scalarStart }  // drop the cut scalar
                    break
                }
                if !isContinuationByte { scalarStart = count }
                raw[count] = byte
                count += 1
            }
            for index in count..<Self.capacity { raw[index] = 0 }
            raw[Self.capacity] = UInt8(count)
        }
    }

    private mutating func setCount(_ count: Int) {
        high = (high & 0x00FF_FFFF_FFFF_FFFF) | UInt64(count) << 56
    }

    @inlinable var count: Int { Int(high >> 56) }

    var isEmpty: Bool { count == 0 }

    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var copy = self
        let count = self.count
        return try withUnsafeBytes(of: &copy) { raw in
            try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
        }
    }

    /// The text when it is one Unicode scalar (most cells), decoded from the inline bytes.
    @inlinable @inline(__always) var singleScalar: Unicode.Scalar? {
        let b0 = UInt32(low & 0xFF)
        switch count {
        case 1: return Unicode.Scalar(b0)
        case 2 where b0 & 0xE0 == 0xC0:
            return Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(low >> 8 & 0x3F))
        case 3 where b0 & 0xF0 == 0xE0:
            return Unicode.Scalar((b0 & 0x0F) << 12 | UInt32(low >> 8 & 0x3F) << 6 | UInt32(low >> 16 & 0x3F))
        case 4 where b0 & 0xF8 == 0xF0:
            return Unicode.Scalar((b0 & 0x07) << 18 | UInt32(low >> 8 & 0x3F) << 12 | UInt32(low >> 16 & 0x3F) << 6
                                  | UInt32(low >> 24 & 0x3F))
        default: return nil
        }
    }

    /// True for a single space.
    @inlinable var isSpace: Bool { low == 0x20 && high == 1 << 56 }

    var string: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}
