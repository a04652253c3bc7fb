import CHyphen
#if canImport(Glibc)
import Glibc
#endif

/// One libhyphen dictionary (a `.dic` pattern file), in the encoding its first line names.
///
/// libhyphen only reads a dictionary while hyphenating, but `Hyphenator` calls it under a
/// lock anyway, so one instance is never used by two threads at once.
final class PatternDictionary {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let encoding: Encoding
    private let leftMinimum: Int32
    private let rightMinimum: Int32

    enum Encoding {
        case utf8, koi8r

        /// The word's bytes in this encoding, and the byte after which each character ends;
        /// nil when a character has no code in it.
        func encode(_ word: String) -> (bytes: [UInt8], characterEnds: [Int])? {
            var bytes: [UInt8] = []
            var ends: [Int] = []
            for character in word {
                switch self {
                case .utf8:
                    bytes += character.utf8
                case .koi8r:
                    guard character.unicodeScalars.count == 1,
                          let byte = Encoding.koi8r(character.unicodeScalars.first!) else { return nil }
                    bytes.append(byte)
                }
                ends.append(bytes.count - 1)
            }
            return (bytes, ends)
        }

        /// KOI8-R's code for a lowercase letter the Russian patterns use.
        static func koi8r(_ scalar: Unicode.Scalar) -> UInt8? {
            if scalar.value < 0x80 { return UInt8(scalar.value) }
            if scalar == "ё" { return 0xA3 }
            guard let index = koi8rLowercase.firstIndex(of: scalar) else { return nil }
            return 0xC0 + UInt8(koi8rLowercase.distance(from: koi8rLowercase.startIndex, to: index))
        }

        /// KOI8-R 0xC0...0xDF: the lowercase letters, in that code page's order.
        static let koi8rLowercase = Array("юабцдефгхийклмнопярстужвьызшэщчъ".unicodeScalars)
    }

    /// nil when the file is missing, unreadable, or in an encoding this does not speak.
    init?(path: String) {
        guard let dictionary = hnj_hyphen_load(path) else { return nil }
        let charset = withUnsafeBytes(of: dictionary.pointee.cset) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        switch charset.uppercased() {
        case "UTF-8", "UTF8": encoding = .utf8
        case "KOI8-R", "KOI8R": encoding = .koi8r
        default:
            hnj_hyphen_free(dictionary)
            return nil
        }
        self.dictionary = dictionary
        // At least two letters on each side of a break: "о-" or "-е" helps nobody read.
        leftMinimum = max(Int32(dictionary.pointee.lhmin), 2)
        rightMinimum = max(Int32(dictionary.pointee.rhmin), 2)
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// Offsets (in characters) after which `letters`, one run of letters, may be hyphenated.
    func breakPoints(in letters: String) -> [Int] {
        let lowercase = letters.lowercased()
        // Patterns are lowercase; a letter whose lowercase is longer would shift every offset.
        guard lowercase.count == letters.count, let (bytes, ends) = encoding.encode(lowercase),
              bytes.count < Int32.max / 2 else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // NUL-terminated: libhyphen also reads the word as a C string (strstr), past the
        // length it is given; without the terminator it read beyond the buffer (ASan).
        let word = bytes.map { CChar(bitPattern: $0) } + [0]
        hnj_hyphen_hyphenate3(dictionary, word, Int32(bytes.count), &hyphens, nil,
                              &replacements, &positions, &cuts,
                              leftMinimum, rightMinimum, leftMinimum, rightMinimum)
        var points: [Int] = []
        for (index, end) in ends.enumerated().dropLast() where hyphens[end] & 1 == 1 {
            // A non-standard break (one that changes letters, as German "Schiff=fahrt") is
            // not a place to cut the word as written.
            if let replacements, replacements[end] != nil { continue }
            points.append(index + 1)
        }
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        return points
    }
}
