/// Converts ascending UTF-8 byte offsets into Unicode scalar offsets, incrementally:
/// feed offsets in order and each conversion costs only the bytes since the last one.
public struct ScalarOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar offset of `offset`; offsets must not decrease between calls.
    public mutating func scalarOffset(ofByte offset: Int) -> Int {
        precondition(offset >= byteOffset, "offsets must be fed in ascending order")
        var count = scalarOffset
        var index = byteOffset
        while index < offset {
            // Every byte that is not a continuation byte starts a scalar.
            if bytes[index] & 0xC0 != 0x80 { count &+= 1 }
            index &+= 1
        }
        byteOffset = offset
        scalarOffset = count
        return count
    }
}
