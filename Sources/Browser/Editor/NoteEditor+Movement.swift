// Cursor moves. Left/right and words work on logical lines; up/down, Home/End and pages on
// visual (wrapped) rows, as in nano with soft wrap on.

extension NoteEditor {
    mutating func moveLeft() {
        if cursor.grapheme > 0 {
            cursor.grapheme -= 1
        } else if cursor.line > 0 {
            cursor = EditorPosition(line: cursor.line - 1, grapheme: graphemeCount(cursor.line - 1))
        }
    }

    mutating func moveRight() {
        if cursor.grapheme < graphemeCount(cursor.line) {
            cursor.grapheme += 1
        } else if cursor.line < storage.count - 1 {
            cursor = EditorPosition(line: cursor.line + 1, grapheme: 0)
        }
    }

    /// To the start of the word the cursor is in or after; from a line's start, to the end of
    /// the line above.
    mutating func moveWordLeft() {
        guard cursor.grapheme > 0 else {
            if cursor.line > 0 { moveLeft() }
            return
        }
        let characters = Array(storage[cursor.line].text)
        var index = min(cursor.grapheme, characters.count)
        while index > 0 && !LineText.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0 && LineText.isWordCharacter(characters[index - 1]) { index -= 1 }
        cursor.grapheme = index
    }

    /// To the end of the word the cursor is in or before (micro's habit); from a line's end, to
    /// the start of the line below.
    mutating func moveWordRight() {
        let characters = Array(storage[cursor.line].text)
        guard cursor.grapheme < characters.count else {
            if cursor.line < storage.count - 1 { moveRight() }
            return
        }
        var index = cursor.grapheme
        while index < characters.count && !LineText.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count && LineText.isWordCharacter(characters[index]) { index += 1 }
        cursor.grapheme = index
    }

    /// Home: the start of the visual row; already there, the start of the logical line.
    mutating func moveToLineStart() {
        let layout = layout(of: cursor.line)
        let rowStart = layout.rows[layout.row(containing: cursor.grapheme)].start
        cursor.grapheme = cursor.grapheme == rowStart ? 0 : rowStart
    }

    /// End: the end of the visual row (before its last character when the line goes on below,
    /// so that the cursor stays on the row); already there, the end of the logical line.
    mutating func moveToLineEnd() {
        let layout = layout(of: cursor.line)
        let rowIndex = layout.row(containing: cursor.grapheme)
        let row = layout.rows[rowIndex]
        let isLastRow = rowIndex == layout.rows.count - 1
        let rowEnd = isLastRow ? row.end : max(row.start, row.end - 1)
        cursor.grapheme = cursor.grapheme == rowEnd ? layout.rows[layout.rows.count - 1].end : rowEnd
    }

    /// Up (negative) or down by `rows` visual rows, aiming at the goal column.
    mutating func moveVertically(by rows: Int) {
        let layout = layout(of: cursor.line)
        let here = EditorRowPosition(line: cursor.line, row: layout.row(containing: cursor.grapheme))
        let goal = goalColumn ?? layout.column(of: cursor.grapheme, in: storage[cursor.line].text)
        goalColumn = goal
        let target = rows < 0 ? rowPosition(here, back: -rows) : rowPosition(here, forward: rows)
        let targetLayout = target.line == cursor.line ? layout : self.layout(of: target.line)
        let index = targetLayout.index(atColumn: goal, inRow: target.row, in: storage[target.line].text)
        cursor = EditorPosition(line: target.line, grapheme: index)
    }

    /// A page up (negative) or down: the cursor and the view move together by the screen's
    /// height less one row (one row of context stays), so the cursor keeps its place on screen.
    mutating func movePage(by direction: Int) {
        let distance = max(1, viewport.height - 1)
        // The cursor, the view and then the drawing all walk these rows: wrap them once.
        cacheLayouts(from: cursor.line, rows: distance + viewport.height, forward: direction > 0)
        moveVertically(by: direction * distance)
        if direction < 0 {
            scrollTop = rowPosition(clampedScrollTop, back: distance)
        } else {
            // Not past the top of the last screenful; the end is only looked at when near.
            let top = clampedScrollTop
            var newTop = rowPosition(top, forward: distance)
            let end = lastRow
            if rowDistance(from: newTop, to: end, limit: viewport.height - 1) != nil {
                newTop = max(top, rowPosition(end, back: viewport.height - 1))
            }
            scrollTop = newTop
        }
    }
}
