import Chapter

/// The GUID Anki knows a note by, from the question's stable identity (chapter id and
/// normalised title): renumbering, re-exporting or a small edit to the answer keep it.
enum AnkiGUID {
    static func guid(for key: QuestionKey) -> String {
        let bytes = Array("sobes\u{1F}\(key.chapterID)\u{1F}\(key.title)".utf8)
        // Two 64-bit FNV-1a hashes from different offset bases: 128 bits, ample for any library.
        let high = fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)
        let low = fnv1a(bytes, basis: 0x6c62_272e_07bb_0142)
        return "sobes-" + hex(high) + hex(low)
    }

    static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
