/// Every occurrence of every term, grouped by term, then question, then field, in flat arrays
/// (compressed rows: a term's postings are `start[term]..<start[term + 1]`).
struct Postings: Sendable {
    /// Per term, where its postings begin; one more entry than there are terms.
    var start: [Int32] = [0]
    /// Per posting: the question (document) number and the field.
    var document: [Int32] = []
    var field: [UInt8] = []
    /// Per posting, where its positions begin in `positions`; one more entry than postings.
    var positionStart: [Int32] = [0]
    /// Word positions within the question, ascending within a posting.
    var positions: [Int32] = []

    func range(of term: Int32) -> Range<Int> { Int(start[Int(term)])..<Int(start[Int(term) + 1]) }

    /// Builds postings from occurrences in question order, each question's grouped by field:
    /// a counting sort by term keeps that order within each term.
    init(termCount: Int, terms: [Int32], documentFields: [Int32], positions occurrencePositions: [Int32]) {
        var counts = [Int32](repeating: 0, count: termCount + 1)
        for term in terms { counts[Int(term) + 1] += 1 }
        for index in 0..<termCount { counts[index + 1] += counts[index] }
        var sortedKeys = [Int32](repeating: 0, count: terms.count)
        var sortedPositions = [Int32](repeating: 0, count: terms.count)
        var next = counts
        terms.withUnsafeBufferPointer { terms in
            documentFields.withUnsafeBufferPointer { keys in
                occurrencePositions.withUnsafeBufferPointer { positions in
                    sortedKeys.withUnsafeMutableBufferPointer { sortedKeys in
                        sortedPositions.withUnsafeMutableBufferPointer { sortedPositions in
                            next.withUnsafeMutableBufferPointer { next in
                                for index in 0..<terms.count {
                                    let term = Int(terms[index])
                                    let slot = Int(next[term])
                                    next[term] += 1
                                    sortedKeys[slot] = keys[index]
                                    sortedPositions[slot] = positions[index]
                                }
                            }
                        }
                    }
                }
            }
        }
        var start = [Int32]()
        start.reserveCapacity(termCount + 1)
        var document = [Int32]()
        var field = [UInt8]()
        var positionStart = [Int32]()
        document.reserveCapacity(terms.count / 2)
        field.reserveCapacity(terms.count / 2)
        positionStart.reserveCapacity(terms.count / 2)
        sortedKeys.withUnsafeBufferPointer { keys in
            for term in 0..<termCount {
                start.append(Int32(document.count))
                var index = Int(counts[term])
                let end = Int(counts[term + 1])
                var previousKey: Int32 = -1
                while index < end {
                    let key = keys[index]
                    if key != previousKey {
                        document.append(key >> 3)
                        field.append(UInt8(key & 7))
                        positionStart.append(Int32(index))
                        previousKey = key
                    }
                    index += 1
                }
            }
        }
        start.append(Int32(document.count))
        positionStart.append(Int32(terms.count))
        self.start = start
        self.document = document
        self.field = field
        self.positionStart = positionStart
        self.positions = sortedPositions
    }

    init() {}
}
