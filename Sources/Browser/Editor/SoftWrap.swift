// Soft wrap of one logical line into visual rows by display cells. Unlike `Screen.wrap`, no
// character is dropped (spaces at a break stay at the end of their row), because the cursor must
// be able to stand before every grapheme.

/// One visual row of a wrapped line: graphemes `start..<end` (bytes `utf8Start..<utf8End`) and
/// the cells they take.
struct WrapRow: Hashable, Sendable {
    var start: Int
    var end: Int
    var width: Int
    var utf8Start: Int
    var utf8End: Int
}

/// A line's rows at one width: what the editor keeps per line so that scrolling and drawing do
/// not wrap the same lines again on every keystroke.
struct LineLayout: Hashable, Sendable {
    var width: Int
    var rows: [WrapRow]
    /// Whether the line has no control characters, so a row shows its bytes as they are.
    var isPlain: Bool

    /// The row the cursor before grapheme `index` stands on: a row's end belongs to the next
    /// row (the empty row after a full last row exists for exactly that).
    func row(containing index: Int) -> Int {
        var low = 0, high = rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if rows[mid].start <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// `line` from the start of row `rowIndex` on, without copying it.
    func rest(ofRow rowIndex: Int, in line: String) -> Substring {
        let utf8 = line.utf8
        return line[utf8.index(utf8.startIndex, offsetBy: rows[rowIndex].utf8Start)...]
    }

    /// The cell column of the cursor before grapheme `index` of `line`, within its row: walks
    /// that row only, not the whole line.
    func column(of index: Int, in line: String) -> Int {
        let rowIndex = row(containing: index)
        var column = 0
        var remaining = index - rows[rowIndex].start
        guard remaining > 0 else { return 0 }
        LineText.forEachGrapheme(in: rest(ofRow: rowIndex, in: line)) { grapheme in
            column += grapheme.width
            remaining -= 1
            return remaining > 0
        }
        return column
    }

    /// The grapheme index in row `rowIndex` nearest to cell `column` without passing it (a wide
    /// character under the column is stepped before). Stays on the row: on every row but the
    /// last, at most before its last grapheme.
    func index(atColumn column: Int, inRow rowIndex: Int, in line: String) -> Int {
        let row = rows[rowIndex]
        let limit = rowIndex == rows.count - 1 ? row.end : max(row.start, row.end - 1)
        var used = 0
        var index = row.start
        guard index < limit else { return index }
        LineText.forEachGrapheme(in: rest(ofRow: rowIndex, in: line)) { grapheme in
            if used + grapheme.width > column { return false }
            used += grapheme.width
            index += 1
            return index < limit
        }
        return index
    }

    /// The UTF-8 offset where grapheme `index` of `line` starts, walking from its row's start.
    func utf8Offset(ofGrapheme index: Int, in line: String) -> Int {
        let rowIndex = row(containing: index)
        let row = rows[rowIndex]
        var offset = row.utf8Start
        var remaining = index - row.start
        guard remaining > 0 else { return offset }
        LineText.forEachGrapheme(in: rest(ofRow: rowIndex, in: line)) { grapheme in
            offset += grapheme.utf8Count
            remaining -= 1
            return remaining > 0
        }
        return offset
    }

    /// The last row start before byte `offset` (a grapheme boundary that an edit at `offset`
    /// leaves in place): where a walk to `offset` may begin.
    func boundary(before offset: Int) -> (grapheme: Int, utf8: Int) {
        var result = (grapheme: 0, utf8: 0)
        for row in rows where row.utf8Start < offset {
            result = (row.start, row.utf8Start)
        }
        return result
    }

    /// The text row `rowIndex` of `line` shows, control characters made visible.
    func visibleText(ofRow rowIndex: Int, in line: String) -> String {
        let row = rows[rowIndex]
        var line = line
        if isPlain {
            return line.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[row.utf8Start..<row.utf8End]), as: UTF8.self) }
        }
        var text = ""
        for character in LineText.suffix(of: line, utf8Offset: row.utf8Start).prefix(row.end - row.start) {
            text.append(LineText.visible(character))
        }
        return text
    }
}

/// A logical line laid out in rows of at most `width` cells.
///
/// - A row breaks after the last space that fits (when a non-space precedes it on the row), so
///   the word that does not fit moves down whole; a row without such a space breaks before the
///   grapheme that does not fit. A grapheme is never split.
/// - A grapheme wider than the row (a wide character in a 1-column pane) gets a row of its own.
/// - The cursor at the end of the line needs a cell: when the last row is full, an empty row
///   follows it (as in nano).
/// - An empty line is one empty row.
struct WrappedLine: Sendable {
    let layout: LineLayout

    init(_ line: String, width: Int) {
        let width = max(1, width)
        var widths: [Int] = []
        var isSpace: [Bool] = []
        var utf8Starts: [Int] = []
        var isPlain = true
        var offset = 0
        LineText.forEachGrapheme(in: line) { grapheme in
            widths.append(grapheme.width)
            isPlain = isPlain && grapheme.isPlain
            isSpace.append(grapheme.isSpace)
            utf8Starts.append(offset)
            offset += grapheme.utf8Count
            return true
        }
        utf8Starts.append(offset)
        let rows = WrappedLine.rows(widths, isSpace, utf8Starts, width: width)
        self.layout = LineLayout(width: width, rows: rows, isPlain: isPlain)
    }

    private static func rows(_ widths: [Int], _ isSpace: [Bool], _ utf8Starts: [Int], width: Int) -> [WrapRow] {
        var rows: [WrapRow] = []
        func addRow(_ start: Int, _ end: Int, _ cells: Int) {
            rows.append(WrapRow(start: start, end: end, width: cells, utf8Start: utf8Starts[start], utf8End: utf8Starts[end]))
        }
        let count = widths.count
        var start = 0, column = 0
        var breakIndex = -1, breakColumn = 0
        var sawNonSpace = false
        var index = 0
        while index < count {
            let cells = widths[index]
            if column + cells > width && index > start {
                var end = index, endColumn = column
                if breakIndex > start {
                    end = breakIndex
                    endColumn = breakColumn
                }
                addRow(start, end, endColumn)
                start = end
                column = 0
                breakIndex = -1
                sawNonSpace = false
                index = end
                continue
            }
            column += cells
            if isSpace[index] {
                if sawNonSpace {
                    breakIndex = index + 1
                    breakColumn = column
                }
            } else {
                sawNonSpace = true
            }
            index += 1
        }
        addRow(start, count, column)
        if column >= width && count > start { addRow(count, count, 0) }
        return rows
    }

    var rows: [WrapRow] { layout.rows }
}
