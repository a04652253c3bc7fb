/// Why an index file's bytes were not used: truncated, damaged or of another layout. The file
/// is then rebuilt, never trusted.
public struct IndexFileDamage: Error, Equatable, CustomStringConvertible {
    public var reason: String

    init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

/// Writes an index's columns one after another: each is its element count (8 bytes, little
/// endian), then its values as they lie in memory, starting on an 8-byte boundary, so a mapped
/// file can be read in place.
struct IndexFileWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func column<Element>(_ column: Column<Element>) {
        word(UInt64(column.count))
        column.withUnsafeBufferPointer { values in bytes.append(contentsOf: UnsafeRawBufferPointer(values)) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func text(_ text: TextColumn) {
        column(text.bytes)
        column(text.offsets)
    }

    mutating func rows(_ rows: Rows) {
        column(rows.start)
        column(rows.items)
    }

    mutating func terms(_ terms: TermSet) {
        column(terms.slots)
        column(terms.hashes)
        text(terms.texts)
    }
}

/// Reads the columns `IndexFileWriter` wrote, in place, from bytes that are not trusted: every
/// count is checked against the bytes left and every column that serves as an index into
/// another is checked before use (offsets ascend and end at the other's end, ids are in range),
/// so a damaged file gives `IndexFileDamage`, never a crash or a read out of bounds.
struct IndexFileReader {
    private let base: UnsafeRawBufferPointer
    private let owner: AnyObject
    private var offset = 0

    /// `bytes` starts on an 8-byte boundary (a mapping does) and lives as long as `owner`.
    init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject) throws(IndexFileDamage) {
        guard let address = bytes.baseAddress, Int(bitPattern: address) % 8 == 0 else { throw IndexFileDamage("misaligned") }
        base = bytes
        self.owner = owner
    }

    var isAtEnd: Bool { offset == base.count }

    mutating func word() throws(IndexFileDamage) -> UInt64 {
        guard base.count - offset >= 8 else { throw IndexFileDamage("truncated") }
        defer { offset += 8 }
        return base.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    /// A column of `count` values when given (else as many as it says).
    mutating func column<Element: BitwiseCopyable>(_: Element.Type = Element.self, count expected: Int? = nil)
        throws(IndexFileDamage) -> Column<Element> {
        let stride = MemoryLayout<Element>.stride
        let count = try word()
        guard count <= UInt64((base.count - offset) / stride) else { throw IndexFileDamage("a column runs past the end") }
        if let expected, Int(count) != expected { throw IndexFileDamage("a column of the wrong length") }
        let length = Int(count) * stride
        let start = base.baseAddress! + offset
        offset += (length + 7) / 8 * 8
        guard offset <= base.count else { throw IndexFileDamage("truncated") }
        let typed = start.bindMemory(to: Element.self, capacity: Int(count))
        return Column(borrowing: UnsafeBufferPointer(start: typed, count: Int(count)), owner: owner)
    }

    /// Offsets into something `end` long: `count + 1` of them, from 0, ascending, ending at `end`.
    mutating func offsets(count: Int?, end: Int) throws(IndexFileDamage) -> Column<Int32> {
        let offsets = try column(Int32.self, count: count.map { $0 + 1 })
        try IndexFileReader.checkAscending(offsets, end: end)
        return offsets
    }

    static func checkAscending(_ offsets: Column<Int32>, end: Int) throws(IndexFileDamage) {
        let fine = offsets.withUnsafeBufferPointer { values -> Bool in
            guard let first = values.first, first == 0, Int(values[values.count - 1]) == end else { return false }
            // No early exit: a loop without branches, which the compiler vectorizes. Between two
            // values that are not negative a difference cannot overflow.
            var signs: Int32 = 0
            for index in 1..<values.count { signs |= values[index] | (values[index] &- values[index - 1]) }
            return signs & Int32.min == 0
        }
        guard fine else { throw IndexFileDamage("offsets out of order") }
    }

    /// Every value below `limit` (and not negative).
    static func checkIDs(_ ids: Column<Int32>, below limit: Int) throws(IndexFileDamage) {
        // As unsigned, a negative id is above any limit.
        let largest = ids.withUnsafeBufferPointer { values in values.reduce(UInt32(0)) { Swift.max($0, UInt32(bitPattern: $1)) } }
        guard ids.isEmpty || Int(largest) < limit else { throw IndexFileDamage("an id out of range") }
    }

    static func checkIDs(_ ids: Column<UInt8>, below limit: Int) throws(IndexFileDamage) {
        let largest = ids.withUnsafeBufferPointer { values in values.reduce(UInt8(0)) { Swift.max($0, $1) } }
        guard ids.isEmpty || Int(largest) < limit else { throw IndexFileDamage("an id out of range") }
    }

    mutating func text(count: Int?) throws(IndexFileDamage) -> TextColumn {
        let bytes = try column(UInt8.self)
        return TextColumn(bytes: bytes, offsets: try offsets(count: count, end: bytes.count))
    }

    /// Rows of ids below `limit`.
    mutating func rows(count: Int?, below limit: Int) throws(IndexFileDamage) -> Rows {
        let start = try column(Int32.self, count: count.map { $0 + 1 })
        guard !start.isEmpty else { throw IndexFileDamage("rows without an end") }
        let items = try column(Int32.self)
        try IndexFileReader.checkAscending(start, end: items.count)
        try IndexFileReader.checkIDs(items, below: limit)
        return Rows(start: start, items: items)
    }

    /// A term set: a power-of-two slot table of ids below its count, with an empty slot.
    mutating func terms() throws(IndexFileDamage) -> TermSet {
        let slots = try column(Int32.self)
        let hashes = try column(UInt32.self)
        let texts = try text(count: hashes.count)
        let count = hashes.count
        guard slots.count > count, slots.count & (slots.count - 1) == 0 else { throw IndexFileDamage("a damaged term table") }
        let fine = slots.withUnsafeBufferPointer { slots in slots.allSatisfy { $0 >= -1 && Int($0) < count } }
        guard fine, slots.contains(-1) else { throw IndexFileDamage("a damaged term table") }
        return TermSet(slots: slots, hashes: hashes, texts: texts)
    }
}
