#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An index's interned terms, read-only: a term's id by its text (the open addressing of
/// `TermTable`, kept as it was built) and a term's text by its id.
struct TermSet: Sendable {
    /// Per slot, a term id or -1; a power of two long, with at least one empty slot.
    let slots: Column<Int32>
    let hashes: Column<UInt32>
    let texts: TextColumn

    var count: Int { hashes.count }

    /// The id of a term, if present.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = TermTable.hash(bytes)
        return TermTable.probe(hash, slotCount: slots.count, slot: { slots[$0] }) { hashes[Int($0)] == hash && equals(Int($0), bytes) }
    }

    func find(_ term: String) -> Int32? {
        var term = term
        return term.withUTF8 { find($0) }
    }

    /// The term's text.
    func term(_ id: Int) -> String { texts[id] }

    /// The term's UTF-8 bytes, for ordering.
    func bytes(_ id: Int) -> UnsafeBufferPointer<UInt8> { texts.utf8(id) }

    func withBytes<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { body(bytes(id)) }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let stored = texts.utf8(id)
        guard stored.count == bytes.count else { return false }
        guard let other = bytes.baseAddress, let mine = stored.baseAddress, !bytes.isEmpty else { return true }
        return memcmp(mine, other, bytes.count) == 0
    }
}
