// The editor's lines in chunks of a few hundred: an edit copies at most one chunk when the
// editor value is shared (an old state kept somewhere), not all 10,000 lines, and inserting or
// removing a line shifts one chunk, not the whole note.

/// The logical lines of the editor, by index, stored in chunks.
struct LineStore: RandomAccessCollection, MutableCollection, Sendable {
    /// Lines per chunk when chunks are (re)built.
    static let chunkSize = 256

    private var chunks: [[EditorLine]]
    /// The index of each chunk's first line.
    private var starts: [Int]
    private(set) var count: Int

    init(_ lines: [EditorLine]) {
        chunks = []
        starts = []
        count = 0
        chunks = Self.chunked(lines[...])
        reindex()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> EditorLine {
        get {
            let (chunk, offset) = locate(index)
            return chunks[chunk][offset]
        }
        set {
            let (chunk, offset) = locate(index)
            chunks[chunk][offset] = newValue
        }
    }

    /// Every line in order, chunk after chunk (quicker than indexing line by line).
    var all: FlattenSequence<[[EditorLine]]> { chunks.joined() }

    /// Replaces lines `range` with `lines` (at least one line stays in the store).
    mutating func replaceSubrange(_ range: ClosedRange<Int>, with lines: some Collection<EditorLine>) {
        let (first, firstOffset) = locate(range.lowerBound)
        let (last, lastOffset) = locate(range.upperBound)
        var merged = Array(chunks[first][..<firstOffset])
        merged.append(contentsOf: lines)
        merged.append(contentsOf: chunks[last][(lastOffset + 1)...])
        if merged.count <= Self.chunkSize && first == last && !merged.isEmpty {
            chunks[first] = merged  // the common case: one line split or joined
        } else {
            chunks.replaceSubrange(first...last, with: Self.chunked(merged[...]))
        }
        reindex()
    }

    /// The chunk holding line `index` and the line's place in it.
    private func locate(_ index: Int) -> (chunk: Int, offset: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low, index - starts[low])
    }

    private mutating func reindex() {
        if chunks.isEmpty { chunks = [[]] }
        starts.removeAll(keepingCapacity: true)
        var total = 0
        for chunk in chunks {
            starts.append(total)
            total += chunk.count
        }
        count = total
    }

    private static func chunked(_ lines: ArraySlice<EditorLine>) -> [[EditorLine]] {
        stride(from: lines.startIndex, to: lines.endIndex, by: chunkSize).map { start in
            Array(lines[start..<Swift.min(start + chunkSize, lines.endIndex)])
        }
    }
}

extension LineStore: Equatable {
    static func == (lhs: LineStore, rhs: LineStore) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
