/// Every occurrence of every term, grouped by term, then question, then field, in flat arrays
/// (compressed rows: a term's postings are `start[term]..<start[term + 1]`).
struct Postings: Sendable {
    /// Per term, where its postings begin; one more entry than there are terms.
    var start = Column<Int32>([0])
    /// Per posting: the question (document) number and the field.
    var document = Column<Int32>()
    var field = Column<UInt8>()
    /// Per posting, where its positions begin in `positions`; one more entry than postings.
    var positionStart = Column<Int32>([0])
    /// Word positions within the question, ascending within a posting.
    var positions = Column<Int32>()

    func range(of term: Int32) -> Range<Int> { Int(start[Int(term)])..<Int(start[Int(term) + 1]) }

    /// Builds postings from shards of occurrences in question order, each question's grouped by
    /// field: a counting sort by term keeps that order within each term. `renumbered` maps each
    /// shard's term ids to the index's (nil: the same).
    init(termCount: Int, shards: [ShardBuilder], renumbered: [[Int32]?]) {
        let total = shards.reduce(0) { $0 + $1.terms.count }
        var counts = [Int32](repeating: 0, count: termCount + 1)
        for (shard, map) in zip(shards, renumbered) {
            if let map {
                for term in shard.terms { counts[Int(map[Int(term)]) + 1] += 1 }
            } else {
                for term in shard.terms { counts[Int(term) + 1] += 1 }
            }
        }
        for index in 0..<termCount { counts[index + 1] += counts[index] }
        var sortedKeys = [Int32](repeating: 0, count: total)
        var sortedPositions = [Int32](repeating: 0, count: total)
        var next = counts
        sortedKeys.withUnsafeMutableBufferPointer { sortedKeys in
            sortedPositions.withUnsafeMutableBufferPointer { sortedPositions in
                next.withUnsafeMutableBufferPointer { next in
                    for (shard, map) in zip(shards, renumbered) {
                        Postings.scatter(shard, map, next, sortedKeys, sortedPositions)
                    }
                }
            }
        }
        var start = [Int32]()
        start.reserveCapacity(termCount + 1)
        var document = [Int32]()
        var field = [UInt8]()
        var positionStart = [Int32]()
        document.reserveCapacity(total / 2)
        field.reserveCapacity(total / 2)
        positionStart.reserveCapacity(total / 2)
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
        positionStart.append(Int32(total))
        self.start = Column(start)
        self.document = Column(document)
        self.field = Column(field)
        self.positionStart = Column(positionStart)
        self.positions = Column(sortedPositions)
    }

    init(start: Column<Int32>, document: Column<Int32>, field: Column<UInt8>, positionStart: Column<Int32>, positions: Column<Int32>) {
        self.start = start
        self.document = document
        self.field = field
        self.positionStart = positionStart
        self.positions = positions
    }

    /// Puts one shard's occurrences in their term's slots, run by run.
    private static func scatter(
        _ shard: ShardBuilder, _ map: [Int32]?, _ next: UnsafeMutableBufferPointer<Int32>,
        _ sortedKeys: UnsafeMutableBufferPointer<Int32>, _ sortedPositions: UnsafeMutableBufferPointer<Int32>
    ) {
        let identity = map == nil
        let map = map ?? []
        shard.terms.withUnsafeBufferPointer { terms in
            shard.positions.withUnsafeBufferPointer { positions in
                map.withUnsafeBufferPointer { map in
                    var index = 0
                    for (key, length) in zip(shard.runKeys, shard.runLengths) {
                        for _ in 0..<Int(length) {
                            let term = identity ? Int(terms[index]) : Int(map[Int(terms[index])])
                            let slot = Int(next[term])
                            next[term] += 1
                            sortedKeys[slot] = key
                            sortedPositions[slot] = positions[index]
                            index += 1
                        }
                    }
                }
            }
        }
    }

    init() {}
}
