import Testing
import Screen

/// `forEachChangedStretch` skips equal cells a chunk at a time before it looks at single cells:
/// the stretches must be the same wherever the changes fall, chunk boundaries and a row's
/// ragged end included.
@Suite struct ChangedStretchTests {
    /// The stretches from each changed column to the next while fewer than `gap` equal cells
    /// lie between them.
    static func expected(_ changed: [Int], gap: Int) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        for column in changed {
            if let last = stretches.last, column - last.upperBound < gap {
                stretches[stretches.count - 1] = last.lowerBound..<(column + 1)
            } else {
                stretches.append(column..<(column + 1))
            }
        }
        return stretches
    }

    @Test(arguments: [1, 4])
    func everySetOfChangedColumnsGivesItsStretches(gap: Int) {
        let width = 11
        var before = Buffer(width: width, height: 2)
        before.put("abcdefghijk", at: Point(x: 0, y: 1))
        for set in 0..<(1 << width) {
            let changed = (0..<width).filter { set & (1 << $0) != 0 }
            var after = before
            for column in changed { after.put("Ж", at: Point(x: column, y: 1)) }
            var found: [Range<Int>] = []
            after.forEachChangedStretch(inRow: 1, since: before, bridgingGapsUnder: gap) { found.append($0) }
            #expect(found == Self.expected(changed, gap: gap), "\(changed)")
            var unchangedRow: [Range<Int>] = []
            after.forEachChangedStretch(inRow: 0, since: before, bridgingGapsUnder: gap) { unchangedRow.append($0) }
            #expect(unchangedRow.isEmpty)
        }
    }
}
