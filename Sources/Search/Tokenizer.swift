/// Splits text into the terms the index stores: folded words (Cyrillic, Latin, digits) and
/// identifiers, which are kept whole and also split into their parts, so `run_in_executor`,
/// `asyncio.gather` and `TaskGroup` are found by any part too.
///
/// Works on UTF-8 bytes and reuses its buffers, so indexing allocates no String per word.
/// One tokenizer is not shared between threads.
public struct Tokenizer {
    /// One term found in text.
    public struct Token: Equatable, Sendable {
        /// Folded: lowercase, ё as е.
        public var term: String
        /// Word position; an identifier's parts take consecutive positions, the whole takes its first part's.
        public var position: Int
        /// Where the term is in the text, in UTF-8 offsets.
        public var range: Range<Int>
        /// True for a whole identifier that is also indexed by its parts.
        public var isCompound: Bool

        public init(term: String, position: Int, range: Range<Int>, isCompound: Bool = false) {
            self.term = term
            self.position = position
            self.range = range
            self.isCompound = isCompound
        }
    }

    struct Scalar {
        var value: UInt32
        var start: Int
        var end: Int
    }

    var scalars: [Scalar] = []
    var termBytes: [UInt8] = []
    var atoms: [Range<Int>] = []
    /// Per atom, which `_`/`.`-separated segment of the token it belongs to.
    var segments: [Int] = []

    public init() {}

    /// Every term of a text, in order.
    public static func tokens(in text: String) -> [Token] {
        var tokenizer = Tokenizer()
        var tokens: [Token] = []
        var copy = text
        copy.withUTF8 { buffer in
            _ = tokenizer.scan(buffer) { bytes, position, range, isCompound in
                tokens.append(Token(term: String(decoding: bytes, as: UTF8.self), position: position,
                                    range: range, isCompound: isCompound))
            }
        }
        return tokens
    }

    /// Calls `emit(term bytes, position, UTF-8 range, isCompound)` for each term, positions counted
    /// from 0; returns how many positions the text used. The bytes are valid only during the call.
    public mutating func scan(
        _ text: UnsafeBufferPointer<UInt8>,
        _ emit: (UnsafeBufferPointer<UInt8>, Int, Range<Int>, Bool) -> Void
    ) -> Int {
        var fast = fastBytes
        fastBytes = []
        if fast.count < Tokenizer.fastCapacity { fast = [UInt8](repeating: 0, count: Tokenizer.fastCapacity) }
        defer { fastBytes = fast }
        return fast.withUnsafeMutableBufferPointer { out -> Int in
            var position = 0
            var index = 0
            let count = text.count
            while index < count {
                let (value, length) = Tokenizer.decode(text, at: index)
                guard Tokenizer.isWordScalar(value) else {
                    index += length
                    continue
                }
                // A plain word (one script, no capital inside, no `_`) is folded as it is scanned;
                // anything else is taken apart by the slower path below.
                let start = index
                var next = index
                var written = 0
                var isPlain = true
                var asciiOnly = true
                var previousScript = 0
                while next < count {
                    let (value, length) = Tokenizer.decode(text, at: next)
                    if Tokenizer.isWordScalar(value) {
                        if value >= 0x80 { asciiOnly = false }
                        if isPlain {
                            if value == 0x5F || (value >= 0x300 && value <= 0x36F) || written + 4 > out.count
                                || (next > start && Tokenizer.isUpper(value)) {
                                isPlain = false
                            } else {
                                let script = Tokenizer.isLatinLetter(value) ? 1 : Tokenizer.isCyrillic(value) ? 2 : 0
                                if script != 0 {
                                    if previousScript != 0 && script != previousScript { isPlain = false }
                                    previousScript = script
                                }
                                written += Tokenizer.writeUTF8(CaseFolding.fold(value), into: out, at: written)
                            }
                        }
                        next += length
                    } else if value == 0x2E, asciiOnly, next + 1 < count, Tokenizer.isIdentifierStart(text[next + 1]) {
                        // A dotted name such as asyncio.gather stays one token.
                        isPlain = false
                        next += 1
                    } else {
                        break
                    }
                }
                if isPlain {
                    emit(UnsafeBufferPointer(rebasing: out[0..<written]), position, start..<next, false)
                    position += 1
                } else {
                    scalars.removeAll(keepingCapacity: true)
                    var offset = start
                    while offset < next {
                        let (value, length) = Tokenizer.decode(text, at: offset)
                        scalars.append(Scalar(value: value, start: offset, end: offset + length))
                        offset += length
                    }
                    position += emitToken(at: position, emit)
                }
                index = next
            }
            return position
        }
    }

    static let fastCapacity = 256
    var fastBytes: [UInt8] = []

    /// Writes a scalar's UTF-8 at an offset; returns the bytes written.
    static func writeUTF8(_ value: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        switch value {
        case 0..<0x80:
            out[offset] = UInt8(value)
            return 1
        case 0x80..<0x800:
            out[offset] = UInt8(0xC0 | value >> 6)
            out[offset + 1] = UInt8(0x80 | value & 0x3F)
            return 2
        case 0x800..<0x10000:
            out[offset] = UInt8(0xE0 | value >> 12)
            out[offset + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
            out[offset + 2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            out[offset] = UInt8(0xF0 | value >> 18)
            out[offset + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
            out[offset + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
            out[offset + 3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }

    /// Emits the token held in `scalars`; returns the positions it used.
    mutating func emitToken(
        at position: Int, _ emit: (UnsafeBufferPointer<UInt8>, Int, Range<Int>, Bool) -> Void
    ) -> Int {
        findAtoms()
        guard !atoms.isEmpty else { return 0 }
        let whole = 0..<scalars.count
        let isSimple = atoms.count == 1 && atoms[0] == whole
        if !isSimple {
            foldBytes(whole)
            guard termLength > 0 else { return 0 }
            let range = scalars[0].start..<scalars[scalars.count - 1].end
            termBytes.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[0..<termLength]), position, range, true) }
            emitCamelSegments(at: position, emit)
        }
        for (offset, atom) in atoms.enumerated() {
            foldBytes(atom)
            if termLength == 0 { continue }
            let range = scalars[atom.lowerBound].start..<scalars[atom.upperBound - 1].end
            termBytes.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[0..<termLength]), position + offset, range, false) }
        }
        return atoms.count
    }

    /// A camelCase segment inside a longer identifier is a term too: `asyncio.TaskGroup` is
    /// also found as `taskgroup`.
    mutating func emitCamelSegments(at position: Int, _ emit: (UnsafeBufferPointer<UInt8>, Int, Range<Int>, Bool) -> Void) {
        guard let lastSegment = segments.last, lastSegment > 0 else { return }
        var first = 0
        while first < atoms.count {
            var last = first
            while last + 1 < atoms.count && segments[last + 1] == segments[first] { last += 1 }
            if last > first {
                foldBytes(atoms[first].lowerBound..<atoms[last].upperBound)
                let range = scalars[atoms[first].lowerBound].start..<scalars[atoms[last].upperBound - 1].end
                termBytes.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[0..<termLength]), position + first, range, true) }
            }
            first = last + 1
        }
    }

    /// Splits the token into parts at `_`, `.`, camelCase humps and changes of script.
    mutating func findAtoms() {
        atoms.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
        var segment = 0
        var start = -1
        for index in scalars.indices {
            let value = scalars[index].value
            if value == 0x5F || value == 0x2E {
                if start >= 0 {
                    atoms.append(start..<index)
                    segments.append(segment)
                }
                start = -1
                if !atoms.isEmpty { segment += 1 }
                continue
            }
            if start < 0 {
                start = index
                continue
            }
            let previous = scalars[index - 1].value
            let next: UInt32 = index + 1 < scalars.count ? scalars[index + 1].value : 0
            if Tokenizer.startsPart(previous: previous, current: value, next: next) {
                atoms.append(start..<index)
                segments.append(segment)
                start = index
            }
        }
        if start >= 0 {
            atoms.append(start..<scalars.count)
            segments.append(segment)
        }
    }

    /// The folded UTF-8 of some scalars of the token, into `termBytes`; combining accents dropped.
    mutating func foldBytes(_ range: Range<Int>) {
        let capacity = range.count * 4
        if termBytes.count < capacity { termBytes = [UInt8](repeating: 0, count: max(capacity, 64)) }
        var written = 0
        scalars.withUnsafeBufferPointer { scalars in
            termBytes.withUnsafeMutableBufferPointer { out in
                for index in range {
                    let value = scalars[index].value
                    if value >= 0x300 && value <= 0x36F { continue }
                    written += Tokenizer.writeUTF8(CaseFolding.fold(value), into: out, at: written)
                }
            }
        }
        termLength = written
    }

    /// How many bytes of `termBytes` hold the current term.
    var termLength = 0

    // MARK: - Character classes

    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let first = UInt32(text[index])
        if first < 0x80 { return (first, 1) }
        let count = text.count
        if first & 0xE0 == 0xC0, index + 1 < count {
            return ((first & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), 2)
        }
        if first & 0xF0 == 0xE0, index + 2 < count {
            return ((first & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F), 3)
        }
        if first & 0xF8 == 0xF0, index + 3 < count {
            return ((first & 0x07) << 18 | UInt32(text[index + 1] & 0x3F) << 12
                    | UInt32(text[index + 2] & 0x3F) << 6 | UInt32(text[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value &- 0x61 < 26) || (value &- 0x41 < 26) || (value &- 0x30 < 10) || value == 0x5F
        }
        if value >= 0x400 && value <= 0x4FF { return value < 0x482 || value > 0x489 }
        return isOtherWordScalar(value)
    }

    @inline(never)
    static func isOtherWordScalar(_ value: UInt32) -> Bool {
        if value >= 0x300 && value <= 0x36F { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
    }

    static func isUpper(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0x400 && value <= 0x45F { return value < 0x430 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    static func isLower(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value >= 0x400 && value <= 0x45F { return value >= 0x430 }
        return Unicode.Scalar(value)?.properties.isLowercase ?? false
    }

    static func isCyrillic(_ value: UInt32) -> Bool { value >= 0x400 && value <= 0x4FF }

    static func isLatinLetter(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }

    /// True where a new part of an identifier begins: `taskGroup`, `HTTPServer`, `asyncioкод`.
    static func startsPart(previous: UInt32, current: UInt32, next: UInt32) -> Bool {
        if isUpper(current) {
            if isLower(previous) { return true }
            if isUpper(previous) && isLower(next) { return true }
        }
        return (isCyrillic(previous) && isLatinLetter(current)) || (isLatinLetter(previous) && isCyrillic(current))
    }
}
