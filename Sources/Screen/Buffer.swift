// A grid of cells that views draw into; a backend shows it on a terminal (or keeps it, in tests).

/// A `size.width` × `size.height` grid of cells, stored row by row.
///
/// Everything written goes through `put`, which lays text out by display width (a wide
/// character takes two cells), keeps wide characters whole, and shows control characters as
/// visible symbols, so no content can reach the terminal raw.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    /// All cells, row after row: the cell at (x, y) is `cells[y * size.width + x]`.
    public private(set) var cells: [Cell]
    /// Tab stops every this many columns, counted from where a `put` starts.
    public var tabWidth = 8
    /// The targets of hyperlinks cells name by `Style.link` (link n is `hyperlinks[n - 1]`);
    /// nil for a link the terminal is not to open (one that leads inside the program).
    /// Backends that cannot draw hyperlinks ignore them.
    public var hyperlinks: [String?] = []

    public init(size: Size, filledWith cell: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: cell, count: size.area)
    }

    public init(width: Int, height: Int) {
        self.init(size: Size(width: width, height: height))
    }

    /// The whole buffer as a rectangle at (0, 0).
    public var area: Rect { Rect(size: size) }

    /// The cell at a position; positions outside the buffer read as a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    public subscript(point: Point) -> Cell {
        self[point.x, point.y]
    }

    /// The style of the cell at a position, or nil outside the buffer.
    public func style(at point: Point) -> Style? {
        guard area.contains(point) else { return nil }
        return cells[point.y * size.width + point.x].style
    }

    // MARK: Writing text

    /// Writes `string` starting at `origin`, one grapheme per cell (two for a wide character),
    /// and returns the position after the last character.
    ///
    /// - Only cells inside `clip` (default: the whole buffer) change; text beyond it is measured
    ///   but not drawn. A wide character cut by the clip's edge is drawn as a space.
    /// - A newline continues on the next row at `origin.x`; a tab advances to the next multiple
    ///   of `tabWidth` counted from `origin.x`.
    /// - A combining mark or other zero-width character joins the cell written before it.
    /// - Control characters are drawn as visible symbols (see `visibleCharacter`).
    @discardableResult
    public mutating func put(_ string: String, at origin: Point, style: Style = .plain, clip: Rect? = nil) -> Point {
        let bounds = clip.map { $0.intersection(area) } ?? area
        return write(string, at: origin, lineStart: origin.x, style: style, bounds: bounds)
    }

    @discardableResult
    public mutating func put(_ string: Substring, at origin: Point, style: Style = .plain, clip: Rect? = nil) -> Point {
        put(String(string), at: origin, style: style, clip: clip)
    }

    /// Writes styled spans one after another from `origin` (see `put(_:at:style:clip:)`);
    /// a newline inside a span continues at `origin.x` on the next row.
    @discardableResult
    public mutating func put(_ spans: [Span], at origin: Point, clip: Rect? = nil) -> Point {
        let bounds = clip.map { $0.intersection(area) } ?? area
        var position = origin
        for index in spans.indices {  // not `for span in`: that copies (retains) every span
            position = write(spans[index].text, at: position, lineStart: origin.x, style: spans[index].style, bounds: bounds)
        }
        return position
    }

    /// Lays `string` out from `origin` (see `put`). Spaces and plain narrow scalars standing
    /// alone, most of any text, take a fast path that copies their bytes into the cell; every
    /// other glyph goes through `place`. (`usingFastPath: false` lets tests compare the two.)
    mutating func write(_ string: String, at origin: Point, lineStart: Int, style: Style, bounds: Rect,
                        usingFastPath: Bool = true) -> Point {
        // A native string lends its UTF-8 as it is; another is copied into one first.
        if let point = string.utf8.withContiguousStorageIfAvailable({ bytes in
            write(bytes, of: string, at: origin, lineStart: lineStart, style: style, bounds: bounds, usingFastPath: usingFastPath)
        }) {
            return point
        }
        var text = string
        return text.withUTF8 { bytes in
            write(bytes, of: string, at: origin, lineStart: lineStart, style: style, bounds: bounds, usingFastPath: usingFastPath)
        }
    }

    /// `write` over the UTF-8 of `string`, `bytes`.
    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, of string: String, at origin: Point, lineStart: Int,
                                style: Style, bounds: Rect, usingFastPath: Bool) -> Point {
        let width = size.width, tabWidth = max(1, self.tabWidth)
        // The fast path's cells differ from this one in their text only.
        let template = Cell(scalar: " ", style: style)
        return cells.withUnsafeMutableBufferPointer { cells in
            // Declared in the closure, not outside it, so they can live in registers.
            var x = origin.x, y = origin.y
            var grid = Grid(cells: cells, width: width)
            var lastWritten: Int? = nil  // the cell a following combining mark joins
            var offset = 0
            while offset < bytes.count {
                let length = usingFastPath ? plainNarrowGlyphLength(at: offset, in: bytes) : 0
                if length > 0 {
                    // What `place` does with a glyph of width 1.
                    if y >= bounds.minY && y < bounds.maxY && x >= bounds.minX && x < bounds.maxX {
                        var cell = template
                        cell.text = InlineUTF8(scalarBytes: UnsafeBufferPointer(rebasing: bytes[offset..<(offset &+ length)]))
                        grid.writeNarrow(cell, x: x, y: y)
                        lastWritten = y &* width &+ x
                    } else {
                        lastWritten = nil
                    }
                    x &+= 1
                    offset &+= length
                    continue
                }
                Self.place(glyph(at: &offset, in: bytes, of: string), x: &x, y: &y, lastWritten: &lastWritten,
                           lineStart: lineStart, tabWidth: tabWidth, style: style, bounds: bounds, grid: &grid)
            }
            return Point(x: x, y: y)
        }
    }

    /// Writes one glyph at (x, y) and moves past it.
    private static func place(_ glyph: Glyph, x: inout Int, y: inout Int, lastWritten: inout Int?,
                              lineStart: Int, tabWidth: Int, style: Style, bounds: Rect, grid: inout Grid) {
        let width = grid.width
        let rowVisible = y >= bounds.minY && y < bounds.maxY
        switch glyph.kind {
        case .newline:
            x = lineStart
            y += 1
            lastWritten = nil
            return
        case .tab:
            let spaces = tabWidth - (x - lineStart) % tabWidth
            if rowVisible {
                for column in x..<(x + spaces) where column >= bounds.minX && column < bounds.maxX {
                    grid.writeNarrow(Cell(" ", style: style), x: column, y: y)
                }
            }
            x += spaces
            lastWritten = nil
            return
        case .space, .text:
            break
        }
        guard rowVisible else {
            x += glyph.width
            return
        }
        switch glyph.width {
        case 0:
            if let index = lastWritten {
                grid.cells[index].grapheme += glyph.text
            } else if x - 1 >= bounds.minX, x - 1 < bounds.maxX {
                var index = y * width + x - 1
                if grid.cells[index].isContinuation, x - 2 >= 0 { index -= 1 }
                grid.cells[index].grapheme += glyph.text
                lastWritten = index
            }
        case 1:
            if x >= bounds.minX && x < bounds.maxX {
                grid.writeNarrow(glyph.cell(style: style), x: x, y: y)
                lastWritten = y * width + x
            } else {
                lastWritten = nil
            }
            x += 1
        default:
            let leftInside = x >= bounds.minX && x < bounds.maxX
            let rightInside = x + 1 >= bounds.minX && x + 1 < bounds.maxX
            if leftInside && rightInside {
                grid.writeWide(glyph.cell(style: style), x: x, y: y)
                lastWritten = y * width + x
            } else {
                // Half a wide character cannot be drawn: show a space in the visible half.
                if leftInside { grid.writeNarrow(Cell(" ", style: style), x: x, y: y) }
                if rightInside { grid.writeNarrow(Cell(" ", style: style), x: x + 1, y: y) }
                lastWritten = nil
            }
            x += 2
        }
    }

    /// The cells seen as rows, for writes that keep wide characters whole.
    private struct Grid {
        var cells: UnsafeMutableBufferPointer<Cell>
        let width: Int

        /// Stores a one-column cell, turning into spaces the halves of any wide character it cuts.
        @inline(__always)
        mutating func writeNarrow(_ cell: Cell, x: Int, y: Int) {
            let index = y &* width &+ x
            breakWideCharacter(at: index, x: x)
            cells[index] = cell
        }

        /// Stores a two-column cell at (x, y) and its continuation at (x + 1, y).
        mutating func writeWide(_ cell: Cell, x: Int, y: Int) {
            let index = y * width + x
            breakWideCharacter(at: index, x: x)
            breakWideCharacter(at: index + 1, x: x + 1)
            cells[index] = cell
            cells[index + 1] = .continuation(style: cell.style)
        }

        /// Before cell `index` is overwritten: if it is half of a wide character, the other half
        /// becomes a space so no orphan half remains.
        @inline(__always)
        mutating func breakWideCharacter(at index: Int, x: Int) {
            if cells[index].isContinuation {
                if x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
            } else if x + 1 < width, cells[index + 1].isContinuation {
                cells[index + 1] = Cell(" ", style: cells[index + 1].style)
            }
        }
    }

    // MARK: Filling and styling areas

    /// Sets every cell of `rect` (clipped to the buffer) to `cell`, which must be one column wide.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        var filler = Cell(" ", style: cell.style)
        if cell.grapheme.count == 1, let character = cell.grapheme.first.map(visibleCharacter),
           displayWidth(of: character) == 1 {
            filler.grapheme = String(character)
        }
        let width = size.width
        cells.withUnsafeMutableBufferPointer { cells in
            var grid = Grid(cells: cells, width: width)
            // The first row is filled cell by cell, the others copied from it: a copy of a
            // row moves whole words, a fill stores the cell's fields one by one.
            let first = UnsafeMutableBufferPointer(rebasing: cells[(target.minY * width + target.minX)...].prefix(target.width))
            for y in target.rows {
                grid.breakWideCharacter(at: y * width + target.minX, x: target.minX)
                grid.breakWideCharacter(at: y * width + target.maxX - 1, x: target.maxX - 1)
                let row = UnsafeMutableBufferPointer(rebasing: cells[(y * width + target.minX)...].prefix(target.width))
                if y == target.minY {
                    row.update(repeating: filler)
                } else {
                    _ = row.update(fromContentsOf: first)
                }
            }
        }
    }

    /// Fills `rect` with spaces in `style`: a pane's background.
    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: Cell(" ", style: style))
    }

    /// Replaces the style of every cell in `rect`, keeping the text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        updateStyles(in: rect) { _ in style }
    }

    /// Lays `style` over every cell in `rect` (see `Style.patched(with:)`), keeping the text:
    /// for a selection bar or a search match over styled text.
    public mutating func patchStyle(_ style: Style, in rect: Rect) {
        updateStyles(in: rect) { $0.patched(with: style) }
    }

    private mutating func updateStyles(in rect: Rect, _ transform: (Style) -> Style) {
        let target = rect.intersection(area)
        let width = size.width
        cells.withUnsafeMutableBufferPointer { cells in
            for y in target.rows {
                let start = y * width
                for x in target.columns { cells[start + x].style = transform(cells[start + x].style) }
            }
        }
    }

    /// Blanks every cell.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
        hyperlinks = []
    }

    /// The hyperlink target of a cell, if it belongs to one the terminal may open.
    public func hyperlink(of cell: Cell) -> String? {
        let link = Int(cell.style.link)
        return link > 0 && link <= hyperlinks.count ? hyperlinks[link - 1] : nil
    }

    /// Changes the size; the content is cleared.
    public mutating func resize(to newSize: Size) {
        size = newSize
        cells = Array(repeating: .blank, count: newSize.area)
    }

    // MARK: Reading back (tests, screen dumps)

    /// Row `y` as text, with trailing spaces trimmed (continuation cells add nothing).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var text = ""
        let start = y * size.width
        for cell in cells[start..<(start + size.width)] where !cell.isContinuation {
            text += cell.grapheme
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row as text, trailing spaces trimmed.
    public func lines() -> [String] {
        (0..<size.height).map(line)
    }

    /// Calls `body` for every cell that differs from `previous` at the same position, row by
    /// row; continuation cells are skipped (drawing the wide cell before them covers them).
    /// With no previous frame, or one of another size, every cell counts as changed.
    public func forEachChange(since previous: Buffer?, _ body: (Point, Cell) -> Void) {
        let width = size.width
        guard let previous, previous.size == size else {
            for (index, cell) in cells.enumerated() where !cell.isContinuation {
                body(Point(x: index % width, y: index / width), cell)
            }
            return
        }
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                guard let newBase = new.baseAddress, let oldBase = old.baseAddress else { return }
                for index in 0..<new.count {
                    // Identical bytes mean identical cells (most cells, between two frames);
                    // different bytes may still be equal cells (padding), so == decides.
                    if Self.sameBytes(newBase + index, oldBase + index) { continue }
                    if new[index].isContinuation || new[index] == old[index] { continue }
                    body(Point(x: index % width, y: index / width), new[index])
                }
            }
        }
    }

    /// The stretches of row `y` whose cells differ in their bytes from `previous` (a buffer of
    /// the same size),
    /// left to right, each from a changed cell to a changed cell: fewer than `gap` unchanged
    /// cells between two changes stay inside one stretch, more end it.
    public func forEachChangedStretch(inRow y: Int, since previous: Buffer, bridgingGapsUnder gap: Int,
                                      _ body: (Range<Int>) -> Void) {
        let width = size.width
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                guard let newRow = new.baseAddress.map({ $0 + y * width }),
                      let oldRow = old.baseAddress.map({ $0 + y * width }) else { return }
                // Bytes alone decide: equal cells with different bytes (padding) are only
                // written again, and == on every changed cell would cost more than that.
                func same(_ x: Int) -> Bool { Self.sameBytes(newRow + x, oldRow + x) }
                var x = 0
                while x < width {
                    x = Self.firstColumnOfChangedChunk(newRow, oldRow, from: x, width: width)
                    while x < width, same(x) { x += 1 }
                    guard x < width else { return }
                    let start = x
                    var end = x + 1, unchanged = 0
                    x += 1
                    while x < width, unchanged < gap {
                        if same(x) { unchanged += 1 } else { unchanged = 0; end = x + 1 }
                        x += 1
                    }
                    body(start..<end)
                }
            }
        }
    }

    /// True when both buffers have the same size and every cell the same bytes: a fast
    /// test that a frame is the one already shown (false may still mean equal cells).
    public func hasSameCells(as other: Buffer) -> Bool {
        guard size == other.size else { return false }
        return cells.withUnsafeBytes { new in
            other.cells.withUnsafeBytes { old in
                guard new.count == old.count else { return false }
                var offset = 0
                while offset + 8 <= new.count {
                    if new.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        != old.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                    offset += 8
                }
                while offset < new.count {
                    if new[offset] != old[offset] { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// From `x`, the first of `chunkCells` cells in a row whose bytes (padding included) are
    /// not all the same in `new` and `old`, or the last chunk's end: cells before it are equal,
    /// skipped sixteen bytes at a time (a fraction of comparing cell by cell).
    @inline(__always)
    private static func firstColumnOfChangedChunk(_ new: UnsafePointer<Cell>, _ old: UnsafePointer<Cell>, from x: Int,
                                                  width: Int) -> Int {
        let chunkCells = 4
        let vectors = chunkCells * MemoryLayout<Cell>.stride / 16
        var x = x
        while x + chunkCells <= width {
            let left = UnsafeRawPointer(new + x), right = UnsafeRawPointer(old + x)
            var difference = SIMD2<UInt64>()
            for index in 0..<vectors {
                difference |= left.loadUnaligned(fromByteOffset: 16 * index, as: SIMD2<UInt64>.self)
                    ^ right.loadUnaligned(fromByteOffset: 16 * index, as: SIMD2<UInt64>.self)
            }
            if difference != SIMD2<UInt64>() { break }
            x += chunkCells
        }
        return x
    }

    /// True when two cells have the same bytes (compared a word at a time).
    @inline(__always)
    private static func sameBytes(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        let left = UnsafeRawPointer(a), right = UnsafeRawPointer(b)
        let size = MemoryLayout<Cell>.size
        if size == 28 {  // the layout of today's Cell, unrolled: three words and a half
            return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
                && left.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == right.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                && left.loadUnaligned(fromByteOffset: 16, as: UInt64.self) == right.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                && left.loadUnaligned(fromByteOffset: 24, as: UInt32.self) == right.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        }
        var offset = 0
        while offset + 8 <= size {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < size {
            if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) {
                return false
            }
            offset += 1
        }
        return true
    }
}
