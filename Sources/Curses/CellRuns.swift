import Screen

/// A stretch of one row whose cells share one style: what the frame writer hands ncurses in
/// one call. `columns` may include continuation cells (the right halves of wide characters).
struct CellRun: Equatable {
    var y: Int
    var columns: Range<Int>
    var style: Style
}

extension Buffer {
    /// The runs to write to turn `previous` into this frame: on each row with a change, the
    /// columns from its first changed cell to its last, cut where the style changes. Unchanged
    /// cells between two changes go too (ncurses compares with the screen before sending, so
    /// they cost no output, and one call per run is far cheaper than one per cell). A wide
    /// character is never split from its continuation. With no previous frame, or one of
    /// another size, every row counts as changed.
    func changedRuns(since previous: Buffer?) -> [CellRun] {
        let width = size.width
        guard width > 0 else { return [] }
        var runs: [CellRun] = []
        guard let previous, previous.size == size else {
            for y in 0..<size.height { appendRuns(row: y, from: 0, through: width - 1, to: &runs) }
            return runs
        }
        for y in 0..<size.height {
            if let columns = changedColumns(inRow: y, since: previous) {
                appendRuns(row: y, from: columns.lowerBound, through: columns.upperBound, to: &runs)
            }
        }
        return runs
    }

    private func appendRuns(row y: Int, from first: Int, through last: Int, to runs: inout [CellRun]) {
        let width = size.width
        var start = first
        // Start on the wide character a continuation belongs to, end past its right half.
        if start > 0, self[start, y].isContinuation { start -= 1 }
        var end = last + 1
        while end < width, self[end, y].isContinuation { end += 1 }
        cells.withUnsafeBufferPointer { cells in
            let row = y * width
            var runStart = start
            var style = cells[row + start].style
            for x in (start + 1)..<max(end, start + 1) where !cells[row + x].isContinuation {
                let next = cells[row + x].style
                if !next.hasSameBytes(as: style), next != style {
                    runs.append(CellRun(y: y, columns: runStart..<x, style: style))
                    runStart = x
                    style = next
                }
            }
            runs.append(CellRun(y: y, columns: runStart..<end, style: style))
        }
    }
}
