/// Appends the cache's primitives to a byte array: LEB128 varints, zigzag for signed
/// numbers, strings as a length and their UTF-8 bytes, fixed-width little-endian words.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func count(_ value: Int) {
        varint(UInt64(value))
    }

    /// A signed number, small in either direction: zigzag, then a varint.
    mutating func int(_ value: Int) {
        let wide = Int64(value)
        varint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func optionalInt(_ value: Int?) {
        if let value {
            byte(1)
            int(value)
        } else {
            byte(0)
        }
    }

    mutating func bool(_ value: Bool) {
        byte(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        if let value {
            byte(1)
            string(value)
        } else {
            byte(0)
        }
    }

    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func word32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    /// Raw bytes of a known length (the reader is told the length separately).
    mutating func raw<Bytes: Sequence<UInt8>>(_ values: Bytes) {
        bytes.append(contentsOf: values)
    }

    /// A length-prefixed run of 32-bit numbers, little-endian, aligned to 4 bytes from the
    /// start of the buffer so a mapped reader can use them in place.
    mutating func int32Array(_ values: [Int32]) {
        count(values.count)
        while bytes.count % 4 != 0 { bytes.append(0) }
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for value in values { word32(UInt32(bitPattern: value)) }
    }

    mutating func byteArray(_ values: [UInt8]) {
        count(values.count)
        bytes.append(contentsOf: values)
    }
}
