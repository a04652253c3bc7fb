import Screen

// Soft wrap, scrolling and what the screen shows. Only the lines between the scroll position and
// the cursor, or on screen, are ever wrapped; their layouts are kept per line until the line
// changes or the width does.

extension NoteEditor {
    /// The rows on screen for `viewport` (the one given to the last command), from the scroll
    /// position down, at most `viewport.height` of them.
    public func visibleLines(viewport: EditorViewport) -> [EditorVisualLine] {
        var result: [EditorVisualLine] = []
        result.reserveCapacity(viewport.height)
        var line = min(scrollTop.line, storage.count - 1)
        var firstRow = scrollTop.row
        while result.count < viewport.height && line < storage.count {
            let layout = layout(of: line, width: viewport.width)
            var row = min(firstRow, layout.rows.count - 1)
            while row < layout.rows.count && result.count < viewport.height {
                let piece = layout.rows[row]
                result.append(EditorVisualLine(text: layout.visibleText(ofRow: row, in: storage[line].text),
                                               line: line, offset: piece.start, width: piece.width))
                row += 1
            }
            line += 1
            firstRow = 0
        }
        return result
    }

    /// Where the terminal cursor goes, relative to the viewport's top-left cell: x is the cell
    /// column within the row, y the row on screen.
    public var cursorCell: Point {
        let layout = layout(of: cursor.line)
        let row = EditorRowPosition(line: cursor.line, row: layout.row(containing: cursor.grapheme))
        let y = rowDistance(from: clampedScrollTop, to: row, limit: viewport.height) ?? (row < scrollTop ? 0 : viewport.height - 1)
        let x = layout.column(of: cursor.grapheme, in: storage[cursor.line].text)
        return Point(x: min(x, viewport.width - 1), y: y)
    }

    /// The visual row the cursor is on.
    public var cursorRow: EditorRowPosition {
        EditorRowPosition(line: cursor.line, row: layout(of: cursor.line).row(containing: cursor.grapheme))
    }

    /// Moves the scroll position the least needed for the cursor's row to be on screen.
    mutating func scrollToCursor() {
        let top = clampedScrollTop
        let row = cursorRow
        if row < top {
            scrollTop = row
        } else if rowDistance(from: top, to: row, limit: viewport.height - 1) == nil {
            scrollTop = rowPosition(row, back: viewport.height - 1)
        } else {
            scrollTop = top
        }
    }

    /// Keeps the layouts of the lines on screen, so that the next keystroke's scrolling and
    /// drawing find them wrapped (the edited line aside).
    mutating func cacheVisibleLayouts() {
        var line = min(scrollTop.line, storage.count - 1)
        var rows = -scrollTop.row
        while rows < viewport.height && line < storage.count {
            rows += cacheLayout(of: line).rows.count
            line += 1
        }
    }

    /// Keeps the layouts of the lines covering `rows` visual rows from `line` on (or back).
    mutating func cacheLayouts(from line: Int, rows: Int, forward: Bool) {
        var line = line
        var covered = 0
        while covered < rows && line >= 0 && line < storage.count {
            covered += cacheLayout(of: line).rows.count
            line += forward ? 1 : -1
        }
    }

    /// Wraps a line at the viewport's width unless its layout is kept already.
    @discardableResult
    mutating func cacheLayout(of line: Int) -> LineLayout {
        if let layout = storage[line].layout, layout.width == viewport.width { return layout }
        let layout = WrappedLine(storage[line].text, width: viewport.width).layout
        storage[line].layout = layout
        return layout
    }

    /// A line's rows at `width` (the viewport's by default): kept, or wrapped now.
    func layout(of line: Int, width: Int? = nil) -> LineLayout {
        let width = max(1, width ?? viewport.width)
        if let layout = storage[line].layout, layout.width == width { return layout }
        return WrappedLine(storage[line].text, width: width).layout
    }

    /// The number of graphemes in a line: from its kept layout when there is one.
    func graphemeCount(_ line: Int) -> Int {
        if let rows = storage[line].layout?.rows { return rows[rows.count - 1].end }
        return LineText.count(of: storage[line].text)
    }

    func rowCount(_ line: Int) -> Int {
        layout(of: line).rows.count
    }

    /// The scroll position made valid for the current text and width (an edit or a resize may
    /// have left it past a line's last row or past the end).
    var clampedScrollTop: EditorRowPosition {
        if scrollTop.line >= storage.count { return lastRow }
        if scrollTop.row == 0 { return scrollTop }
        return EditorRowPosition(line: scrollTop.line, row: min(scrollTop.row, rowCount(scrollTop.line) - 1))
    }

    /// The last visual row of the note.
    var lastRow: EditorRowPosition {
        EditorRowPosition(line: storage.count - 1, row: rowCount(storage.count - 1) - 1)
    }

    /// The row `count` visual rows below `position`, or the last row.
    func rowPosition(_ position: EditorRowPosition, forward count: Int) -> EditorRowPosition {
        var position = position
        var remaining = count
        while remaining > 0 {
            let rows = rowCount(position.line)
            if position.row + remaining < rows {
                position.row += remaining
                break
            }
            if position.line == storage.count - 1 {
                position.row = rows - 1
                break
            }
            remaining -= rows - position.row
            position = EditorRowPosition(line: position.line + 1, row: 0)
        }
        return position
    }

    /// The row `count` visual rows above `position`, or the first row.
    func rowPosition(_ position: EditorRowPosition, back count: Int) -> EditorRowPosition {
        var position = position
        var remaining = count
        while remaining > 0 {
            if position.row >= remaining {
                position.row -= remaining
                break
            }
            if position.line == 0 {
                position.row = 0
                break
            }
            remaining -= position.row + 1
            position = EditorRowPosition(line: position.line - 1, row: rowCount(position.line - 1) - 1)
        }
        return position
    }

    /// How many visual rows `to` is below `from`; nil when it is above, or more than `limit`
    /// rows below (then the rows past the limit are never wrapped).
    func rowDistance(from start: EditorRowPosition, to end: EditorRowPosition, limit: Int) -> Int? {
        if end < start || end.line - start.line > limit { return nil }
        var distance = 0
        var row = start.row
        for line in start.line..<end.line {
            distance += rowCount(line) - row
            row = 0
            if distance > limit { return nil }
        }
        distance += end.row - row
        return distance <= limit ? distance : nil
    }
}
