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
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    func find(_ term: String) -> Int32? {
        var term = term
        return term.withUTF8 { find($0) }
    }

    /// The term's text.
    func term(_ id: Int) -> String {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The term's UTF-8 bytes, for ordering.
    func bytes(_ id: Int) -> ArraySlice<UInt8> {
        arena[Int(offsets[id])..<Int(offsets[id + 1])]
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            var index = 0
            while index < bytes.count {
                if arena[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
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

    /// FNV-1a, then a final mix so nearby words spread over the slots.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        hash ^= hash >> 15
        hash = hash &* 0x2C1B_3C6D
        hash ^= hash >> 12
        return hash
    }
}

extension TermTable {
    /// Calls `body` with a term's UTF-8 bytes.
    func withBytes<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let slice = bytes(id)
        return slice.withUnsafeBufferPointer(body)
    }
}
