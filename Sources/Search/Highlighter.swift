/// Finds the words of a text that a search matched, for highlighting: in titles, snippets, and
/// the answer and code the reader opens from a result.
public struct Highlighter: Sendable, Equatable {
    /// The folded terms the search matched (exact words, stem forms, completions, typo fixes, translations).
    public var terms: Set<String>
    /// Phrases the search matched: per word, the terms that count. Highlighted only where the
    /// words follow each other.
    public var phrases: [[Set<String>]]

    public init(terms: Set<String> = [], phrases: [[Set<String>]] = []) {
        self.terms = terms
        self.phrases = phrases
    }

    public var isEmpty: Bool { terms.isEmpty && phrases.isEmpty }

    /// The matched words of `text` as ranges of Character offsets, ascending, not overlapping.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !isEmpty else { return [] }
        return Highlighter.characterRanges(of: matches(in: Tokenizer.tokens(in: text)).ranges, in: text)
    }

    /// The matched tokens' UTF-8 ranges, merged, and how many different words and phrases matched.
    func matches(in tokens: [Tokenizer.Token]) -> (ranges: [Range<Int>], distinct: Int) {
        var ranges: [Range<Int>] = []
        var matched = Set<String>()
        for token in tokens where terms.contains(token.term) {
            ranges.append(token.range)
            matched.insert(token.term)
        }
        if !phrases.isEmpty {
            let words = tokens.filter { !$0.isCompound }
            for (number, phrase) in phrases.enumerated() where !phrase.isEmpty && phrase.count <= words.count {
                for start in 0...(words.count - phrase.count) {
                    let found = phrase.indices.allSatisfy { offset in
                        phrase[offset].contains(words[start + offset].term)
                            && words[start + offset].position == words[start].position + offset
                    }
                    if found {
                        ranges.append(words[start].range.lowerBound..<words[start + phrase.count - 1].range.upperBound)
                        matched.insert("\u{0}phrase\(number)")
                    }
                }
            }
        }
        return (Highlighter.merged(ranges), matched.count)
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
        var offset = 0
        for character in text {
            starts.append(offset)
            offset += character.utf8.count
        }
        starts.append(offset)
        return starts
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
