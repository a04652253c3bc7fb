import Screen

// The editor's rows on the cell grid: what a notes pane draws while editing.

extension NoteEditor {
    /// Draws the rows on screen into `area` of `buffer` in `style`, and returns where the
    /// terminal cursor goes (absolute). `area`'s size should be the viewport of the last command;
    /// cells the text does not cover are left as they are (fill the pane first).
    @discardableResult
    public func draw(into buffer: inout Buffer, area: Rect, style: Style = .plain) -> Point {
        guard !area.isEmpty else { return area.origin }
        let rows = visibleLines(viewport: EditorViewport(width: area.width, height: area.height))
        for (index, row) in rows.enumerated() {
            buffer.put(row.text, at: Point(x: area.x, y: area.y + index), style: style, clip: area)
        }
        let cell = cursorCell
        return Point(x: area.x + min(cell.x, area.width - 1), y: area.y + min(cell.y, area.height - 1))
    }
}
