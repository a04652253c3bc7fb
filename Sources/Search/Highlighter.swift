/// Finds the words of a text that a search matched, for highlighting: in titles, snippets, and
/// the answer and code the reader opens from a result.
public struct Highlighter: Sendable, Equatable {
    /// The folded terms the search matched (exact words, stem forms, completions, typo fixes, translations).
    public let terms: Set<String>
    /// Phrases the search matched: per word, the terms that count. Highlighted only where the
    /// words follow each other.
    public let phrases: [[Set<String>]]

    /// The same, compiled: every term interned, so matching a text makes no String per word.
    /// A class, so copying a highlighter copies one reference.
    private final class Compiled: Sendable {
        let table: TermTable
        let isSingle: [Bool]
        let phraseIDs: [[Set<Int32>]]
        init(table: TermTable, isSingle: [Bool], phraseIDs: [[Set<Int32>]]) {
            self.table = table
            self.isSingle = isSingle
            self.phraseIDs = phraseIDs
        }
    }
    private let compiled: Compiled

    public init(terms: Set<String> = [], phrases: [[Set<String>]] = []) {
        self.terms = terms
        self.phrases = phrases
        var table = TermTable(capacity: terms.count + 16)
        var isSingle: [Bool] = []
        func intern(_ term: String) -> Int32 {
            var term = term
            let id = term.withUTF8 { table.intern($0) }
            if Int(id) == isSingle.count { isSingle.append(false) }
            return id
        }
        for term in terms { isSingle[Int(intern(term))] = true }
        let phraseIDs = phrases.map { phrase in phrase.map { Set($0.map(intern)) } }
        compiled = Compiled(table: table, isSingle: isSingle, phraseIDs: phraseIDs)
    }

    public static func == (lhs: Highlighter, rhs: Highlighter) -> Bool {
        lhs.terms == rhs.terms && lhs.phrases == rhs.phrases
    }

    public var isEmpty: Bool { terms.isEmpty && phrases.isEmpty }

    /// The matched words of `text` as ranges of Character offsets, ascending, not overlapping.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !isEmpty else { return [] }
        return Highlighter.characterRanges(of: matches(in: text).ranges, in: text)
    }

    /// The matched words' UTF-8 ranges, merged, and how many different words and phrases matched.
    func matches(in text: String) -> (ranges: [Range<Int>], distinct: Int) {
        guard !isEmpty else { return ([], 0) }
        let table = compiled.table, isSingle = compiled.isSingle, phraseIDs = compiled.phraseIDs
        var text = text
        var tokenizer = Tokenizer()
        var ranges: [Range<Int>] = []
        // The different terms matched: a few in one text, so an array, not a hashed set
        // (this runs for every title and line a search shows).
        var matched: [Int32] = []
        var words: [(id: Int32, position: Int, range: Range<Int>)] = []
        let wantsWords = !phraseIDs.isEmpty
        text.withUTF8 { bytes in
            // Most words take three bytes or more with the space after them: one allocation, not one per doubling.
            if wantsWords { words.reserveCapacity(bytes.count / 3 + 1) }
            _ = tokenizer.scan(bytes) { term, position, range, isCompound in
                let id = table.find(term) ?? -1
                if id >= 0 && isSingle[Int(id)] {
                    ranges.append(range)
                    if !matched.contains(id) { matched.append(id) }
                }
                if wantsWords && !isCompound { words.append((id, position, range)) }
            }
        }
        var phrasesFound = 0
        for phrase in phraseIDs where !phrase.isEmpty && phrase.count <= words.count {
            var found = false
            for start in 0...(words.count - phrase.count) {
                let matches = phrase.indices.allSatisfy { offset in
                    phrase[offset].contains(words[start + offset].id)
                        && words[start + offset].position == words[start].position + offset
                }
                if matches {
                    ranges.append(words[start].range.lowerBound..<words[start + phrase.count - 1].range.upperBound)
                    found = true
                }
            }
            if found { phrasesFound += 1 }
        }
        return (Highlighter.merged(ranges), matched.count + phrasesFound)
    }

    /// Overlapping or touching UTF-8 ranges joined, in order.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// UTF-8 ranges of a text converted to Character offsets.
    static func characterRanges(of byteRanges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !byteRanges.isEmpty else { return [] }
        let starts = characterStarts(text)
        return byteRanges.map { characterOffset(of: $0.lowerBound, starts) ..< characterOffset(of: $0.upperBound, starts, roundUp: true) }
    }

    /// The UTF-8 offset where each Character of a text begins, plus the text's end.
    static func characterStarts(_ text: String) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(text.utf8.count + 1)
        // Most titles and lines are scalars that are each a Character of their own: their
        // starts are the scalars', and no grapheme breaking is needed to find them.
        var offset = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value) else { break }
            starts.append(offset)
            offset += UTF8.width(scalar)
        }
        if offset == text.utf8.count {
            starts.append(offset)
            return starts
        }
        starts.removeAll(keepingCapacity: true)
        offset = 0
        for character in text {
            starts.append(offset)
            offset += character.utf8.count
        }
        starts.append(offset)
        return starts
    }

    /// True for a scalar that is a Character by itself whatever stands beside it: no combining
    /// mark, joiner, prepended or spacing mark, Hangul jamo, regional indicator or carriage
    /// return (which joins a following line feed). Letters of the Latin, Greek and Cyrillic
    /// scripts, common punctuation, tabs and line feeds.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x20..<0x7F, 0xA0..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x2010..<0x2028, 0x2030..<0x205F:
            return true
        default:
            return false
        }
    }

    /// The Character holding a UTF-8 offset (or, rounding up, the first one at or after it).
    static func characterOffset(of byte: Int, _ starts: [Int], roundUp: Bool = false) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= byte { low = middle } else { high = middle - 1 }
        }
        if roundUp && starts[low] < byte { return min(low + 1, starts.count - 1) }
        return low
    }
}
