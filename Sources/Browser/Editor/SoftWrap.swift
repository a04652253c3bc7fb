// Soft wrap of one logical line into visual rows by display cells. Unlike `Screen.wrap`, no
// character is dropped (spaces at a break stay at the end of their row), because the cursor must
// be able to stand before every grapheme.

/// One visual row of a wrapped line: graphemes `start..<end` and the cells they take.
struct WrapRow: Hashable, Sendable {
    var start: Int
    var end: Int
    var width: Int
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
    let characters: [Character]
    let widths: [Int]
    let rows: [WrapRow]

    init(_ line: String, width: Int) {
        let width = max(1, width)
        var characters: [Character] = []
        var widths: [Int] = []
        characters.reserveCapacity(line.utf8.count)
        widths.reserveCapacity(line.utf8.count)
        for character in line {
            characters.append(character)
            widths.append(LineText.cellWidth(of: character))
        }
        self.characters = characters
        self.widths = widths
        self.rows = WrappedLine.rows(characters, widths, width: width)
    }

    private static func rows(_ characters: [Character], _ widths: [Int], width: Int) -> [WrapRow] {
        var rows: [WrapRow] = []
        var start = 0, column = 0
        var breakIndex = -1, breakColumn = 0
        var sawNonSpace = false
        var index = 0
        while index < characters.count {
            let cells = widths[index]
            let isSpace = characters[index] == " "
            if column + cells > width && index > start {
                var end = index, endColumn = column
                if breakIndex > start {
                    end = breakIndex
                    endColumn = breakColumn
                }
                rows.append(WrapRow(start: start, end: end, width: endColumn))
                start = end
                column = 0
                breakIndex = -1
                sawNonSpace = false
                index = end
                continue
            }
            column += cells
            if isSpace {
                if sawNonSpace {
                    breakIndex = index + 1
                    breakColumn = column
                }
            } else {
                sawNonSpace = true
            }
            index += 1
        }
        rows.append(WrapRow(start: start, end: characters.count, width: column))
        if column >= width && characters.count > start {
            rows.append(WrapRow(start: characters.count, end: characters.count, width: 0))
        }
        return rows
    }

    var count: Int { characters.count }

    /// The row the cursor before grapheme `index` stands on: a row's end belongs to the next row.
    func row(containing index: Int) -> Int {
        var low = 0, high = rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if rows[mid].start <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The cell column of the cursor before grapheme `index`, within its row.
    func column(of index: Int) -> Int {
        let row = rows[row(containing: index)]
        var column = 0
        for i in row.start..<min(index, characters.count) { column += widths[i] }
        return column
    }

    /// The grapheme index in row `rowIndex` nearest to cell `column` without passing it (a wide
    /// character under the column is stepped before). Stays on the row: on every row but the
    /// last, at most before its last grapheme.
    func index(atColumn column: Int, inRow rowIndex: Int) -> Int {
        let row = rows[rowIndex]
        let limit = rowIndex == rows.count - 1 ? row.end : max(row.start, row.end - 1)
        var used = 0
        var index = row.start
        while index < limit {
            if used + widths[index] > column { break }
            used += widths[index]
            index += 1
        }
        return index
    }

    /// The text row `rowIndex` shows, control characters made visible.
    func visibleText(ofRow rowIndex: Int) -> String {
        let row = rows[rowIndex]
        var text = ""
        for index in row.start..<row.end { text.append(LineText.visible(characters[index])) }
        return text
    }
}
