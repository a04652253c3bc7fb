/// Finds the words of a text that a search matched, for highlighting: in titles, snippets, and
/// the answer and code the reader opens from a result.
public struct Highlighter: Sendable, Equatable {
    /// The folded terms the search matched (exact words, stem forms, completions, typo fixes, translations).
    public var terms: Set<String>

    public init(terms: Set<String> = []) { self.terms = terms }

    /// The matched words of `text` as ranges of Character offsets, ascending, not overlapping.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        let byteRanges = Tokenizer.tokens(in: text).filter { terms.contains($0.term) }.map(\.range)
        return Highlighter.characterRanges(of: Highlighter.merged(byteRanges), in: text)
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
