#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns folded terms given as UTF-8 bytes and hands out dense integer ids, without making a
/// String per occurrence: open addressing over one byte arena.
struct TermTable: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt32] = []
    private var arena: [UInt8] = []
    private var offsets: [Int32] = [0]

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { hashes.count }

    /// The id of a term, adding it if new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = TermTable.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        slots[slot] = id
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of a term, if present.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = TermTable.hash(bytes)
        return TermTable.probe(hash, slotCount: slots.count, slot: { slots[$0] }) { hashes[Int($0)] == hash && equals(Int($0), bytes) }
    }

    /// The term's UTF-8 bytes, for ordering.
    func bytes(_ id: Int) -> ArraySlice<UInt8> {
        arena[Int(offsets[id])..<Int(offsets[id + 1])]
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == bytes.count else { return false }
        guard let other = bytes.baseAddress, !bytes.isEmpty else { return true }
        return arena.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress else { return false }
            return memcmp(base + start, other, bytes.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in hashes.indices {
            var slot = Int(hashes[id]) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        slots = bigger
    }

    /// Linear probing over a power-of-two table of slots (-1: empty), for the table being
    /// built and for its frozen, mapped form (`TermSet`) alike.
    @inline(__always)
    static func probe(_ hash: UInt32, slotCount: Int, slot: (Int) -> Int32, matches: (Int32) -> Bool) -> Int32? {
        let mask = slotCount - 1
        var index = Int(hash) & mask
        while true {
            let id = slot(index)
            if id < 0 { return nil }
            if matches(id) { return id }
            index = (index + 1) & mask
        }
    }

    /// A multiply-xor hash over eight bytes at a time (terms are short: one or two rounds).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash)
    }
}

extension TermTable {
    /// The terms as they stand, read-only, to search with (and to write into an index file).
    func frozen() -> TermSet {
        TermSet(slots: Column(slots), hashes: Column(hashes), texts: TextColumn(bytes: Column(arena), offsets: Column(offsets)))
    }

    /// Calls `body` with a term's UTF-8 bytes.
    func withBytes<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let slice = bytes(id)
        return slice.withUnsafeBufferPointer(body)
    }
}

extension TermTable {
    /// The same terms with ids in UTF-8 byte order, and each old id's new one. An index numbers
    /// its terms this way so that whatever reads them in id order (a stem's members, a root's
    /// stems) sees the same order however the index was made: built whole, or updated from an
    /// earlier one whose terms were met in another order.
    func inByteOrder() -> (table: TermTable, newID: [Int32]) {
        let order = (0..<Int32(count)).sorted { bytes(Int($0)).lexicographicallyPrecedes(bytes(Int($1))) }
        var sorted = TermTable(capacity: count)
        var newID = [Int32](repeating: 0, count: count)
        for id in order { newID[Int(id)] = withBytes(Int(id)) { sorted.intern($0) } }
        return (sorted, newID)
    }
}
