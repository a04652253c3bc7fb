import Screen

// What the browser may need besides keys: a click that places the cursor, and replacing the
// whole text (restoring a revision) as one step the reader can undo.

extension NoteEditor {
    /// Puts the cursor where a click at `cell` (relative to the viewport's top-left cell) lands:
    /// on the visual row under it (the last row when below the text), at that column or before
    /// a wide character under it.
    public mutating func placeCursor(atCell cell: Point, layout: EditorViewport) {
        viewport = layout
        let target = rowPosition(clampedScrollTop, forward: max(0, cell.y))
        let index = self.layout(of: target.line).index(atColumn: max(0, cell.x), inRow: target.row, in: storage[target.line].text)
        cursor = EditorPosition(line: target.line, grapheme: index)
        finishCommand()
    }

    /// Replaces the whole text, kept exactly as given (a restored revision), as one undo step;
    /// the cursor goes to the end of the new text.
    public mutating func replaceAll(with text: String, layout: EditorViewport) {
        viewport = layout
        let last = storage.count - 1
        replace(from: .start, to: EditorPosition(line: last, grapheme: graphemeCount(last)), with: text, kind: .single)
        finishCommand()
    }

    /// What follows any command but a vertical move or an edit that may join the previous one.
    mutating func finishCommand() {
        goalColumn = nil
        history.closeGroup()
        cacheLayout(of: cursor.line)
        scrollToCursor()
        cacheVisibleLayouts()
    }
}
