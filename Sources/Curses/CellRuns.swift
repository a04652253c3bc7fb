import Screen

/// A stretch of one row drawn in one style: what the frame writer hands ncurses in one call.
/// `columns` may include continuation cells (the right halves of wide characters), and spaces
/// of another style that looks the same on a space (`Style.drawsSpacesLike`): they are drawn in
/// the run's style, so the terminal is not sent a change of colour for each blank between
/// two words of one colour.
struct CellRun: Equatable {
    var y: Int
    var columns: Range<Int>
    var style: Style
}

extension Buffer {
    /// Unchanged cells fewer than this between two changes of a row go to ncurses with them
    /// (it compares with the screen before sending, so they cost no output, and a call per
    /// short stretch costs more than copying a few cells); a longer gap is skipped.
    static let bridgedGap = 4

    /// The runs to write to turn `previous` into this frame: on each row, the stretches of
    /// changed cells (see `bridgedGap`), cut where the style changes. A wide character is never
    /// split from its continuation. With no previous frame, or one of another size, every row
    /// is one stretch.
    func changedRuns(since previous: Buffer?) -> [CellRun] {
        let width = size.width
        guard width > 0 else { return [] }
        var runs: [CellRun] = []
        guard let previous, previous.size == size else {
            for y in 0..<size.height { appendRuns(row: y, columns: 0..<width, to: &runs) }
            return runs
        }
        for y in 0..<size.height {
            forEachChangedStretch(inRow: y, since: previous, bridgingGapsUnder: Self.bridgedGap) { columns in
                appendRuns(row: y, columns: columns, to: &runs)
            }
        }
        return runs
    }

    private func appendRuns(row y: Int, columns: Range<Int>, to runs: inout [CellRun]) {
        let width = size.width
        cells.withUnsafeBufferPointer { cells in
            let row = cells.baseAddress! + y * width
            // Start on the wide character a continuation belongs to, end past its right half.
            var start = columns.lowerBound
            if start > 0, row[start].isContinuation { start -= 1 }
            var end = columns.upperBound
            while end < width, row[end].isContinuation { end += 1 }
            // The styles compare in place, where the cells hold them (see `Style.haveSameBytes`).
            let styleOffset = MemoryLayout<Cell>.offset(of: \Cell.style)!
            func styleBytes(_ x: Int) -> UnsafeRawPointer { UnsafeRawPointer(row + x) + styleOffset }
            var runStart = start
            var style = row[start].style
            var styleColumn = start  // a cell that holds `style`
            // True while the run so far is spaces alone: it may then take the next cell's style.
            var onlySpaces = row[start].isSpace && style.drawsSpacesLike(style)
            // Cells before this one are known to have a cell other than a space after them
            // in the stretch, unless it is `end`.
            var nextText = start
            var x = start + 1
            while x < end {
                if row[x].isContinuation || Style.haveSameBytes(styleBytes(x), styleBytes(styleColumn)) || row[x].style == style {
                    onlySpaces = onlySpaces && row[x].isSpace
                    x += 1
                    continue
                }
                let cell = row[x]
                if cell.isSpace, style.drawsSpacesLike(cell.style) {
                    if nextText <= x {
                        nextText = x + 1
                        while nextText < end, row[nextText].isSpace { nextText += 1 }
                    }
                    // A blank between words is drawn in the run's style; blanks up to the end
                    // of the stretch keep theirs (at the end of a row ncurses clears them with
                    // one escape, which it can only do for blanks like the row's last cell).
                    if nextText < end {
                        x += 1
                        continue
                    }
                }
                if onlySpaces, cell.style.drawsSpacesLike(style) {
                    style = cell.style  // the blanks before a word take its style
                    styleColumn = x
                } else {
                    runs.append(CellRun(y: y, columns: runStart..<x, style: style))
                    runStart = x
                    style = cell.style
                    styleColumn = x
                }
                onlySpaces = cell.isSpace && style.drawsSpacesLike(style)
                x += 1
            }
            runs.append(CellRun(y: y, columns: runStart..<end, style: style))
        }
    }
}

extension Style {
    /// True when a space drawn in this style looks as one drawn in `other`: the same
    /// background and link, and neither underlines, reverses or strikes through (the
    /// foreground, bold, dim and italic do not show on a blank).
    func drawsSpacesLike(_ other: Style) -> Bool {
        let showsOnBlanks: Attributes = [.underline, .reverse, .strikethrough]
        return background == other.background && link == other.link
            && attributes.isDisjoint(with: showsOnBlanks) && other.attributes.isDisjoint(with: showsOnBlanks)
    }
}
