import CNcursesw
import Screen

/// Copies frames onto the curses screen: only the rows that changed since the previous frame,
/// in runs of one style, with colour pairs allocated the first time a pair of colours is used.
struct FrameWriter {
    let colorSupport: ColorSupport
    /// False when the terminal cannot keep its own colours (use_default_colors failed): then
    /// `.default` is drawn as white on black.
    let hasDefaultColors: Bool
    /// True on direct-colour terminals (xterm-direct: COLORS is 2^24), where ncurses colour
    /// numbers above 7 are RGB values rather than palette indices.
    let isDirectColor: Bool

    private var previous: Buffer?
    /// The colour pairs allocated, in the order they were: a few dozen at most, looked up only
    /// when a style is not among `recentLooks` (an array: a dictionary of a new key type costs
    /// a scan of every protocol conformance the first time, before the first frame).
    private var pairs: [(colors: ColorPair, number: Int32)] = []
    /// The looks of the styles met lately, newest first: runs alternate between a few styles,
    /// and scanning these is cheaper than hashing a colour pair for every run.
    private var recentLooks: [(style: Style, look: (attributes: attr_t, pair: Int32))] = []
    private static let recentLookCount = 8
    /// The cells of the run being written, kept to reuse its storage (its count is only
    /// how far it has grown).
    private var characters: [cchar_t] = []
    /// The hyperlinks of the frame, drawn after ncurses' refresh (see `HyperlinkOverlay`).
    private(set) var hyperlinks = HyperlinkOverlay()

    private struct ColorPair: Equatable {
        var foreground: Color
        var background: Color
    }

    init(colorSupport: ColorSupport, hasDefaultColors: Bool, isDirectColor: Bool = false) {
        self.colorSupport = colorSupport
        self.hasDefaultColors = hasDefaultColors
        self.isDirectColor = isDirectColor
    }

    /// Forgets the previous frame, so the next one is drawn whole (after a resize).
    mutating func invalidate() {
        previous = nil
    }

    /// Writes the cells of `buffer` that differ from the previous frame into the window
    /// (nothing shows before the next refresh), one call per run of one style. Cells outside
    /// the window are skipped.
    mutating func draw(_ buffer: Buffer, into window: UnsafeMutablePointer<WINDOW>?, windowSize: Size) {
        if previous == nil || previous?.size != buffer.size {
            werase(window)
            previous = nil
        }
        let runs = buffer.changedRuns(since: previous)
        for run in runs where run.y < windowSize.height {
            put(run, of: buffer, into: window, windowWidth: windowSize.width)
        }
        var overlay = hyperlinks
        overlay.collect(runs, of: buffer, previous: previous, writer: &self, window: window, windowSize: windowSize)
        hyperlinks = overlay
        previous = buffer
    }

    private mutating func put(_ run: CellRun, of buffer: Buffer, into window: UnsafeMutablePointer<WINDOW>?, windowWidth: Int) {
        let look = self.look(for: run.style)
        var pair = look.pair
        // setcchar once per run, for its attributes and colour; each cell only adds its text.
        var styled = cchar_t()
        var space: (wchar_t, wchar_t) = (0x20, 0)
        withUnsafePointer(to: &space.0) { _ = setcchar(&styled, $0, look.attributes, 0, &pair) }
        // At most two cchar_t a cell (a wide cell ncurses must be given as two).
        let needed = 2 * run.columns.count
        if characters.count < needed { characters = Array(repeating: cchar_t(), count: needed) }
        let bufferWidth = buffer.size.width
        let strikethrough = Attributes.strikethrough  // read once: another module's constant is a call
        let count = buffer.cells.withUnsafeBufferPointer { cells in
            characters.withUnsafeMutableBufferPointer { out in
                let row = cells.baseAddress! + run.y * bufferWidth
                var count = 0
                var x = run.columns.lowerBound
                while x < run.columns.upperBound {
                    let cell = row[x]
                    let width = x + 1 < bufferWidth && row[x + 1].isContinuation ? 2 : 1
                    guard x + width <= windowWidth else { break }
                    out[count] = styled
                    if width == 1, let scalar = cell.singleScalar, Self.isNarrowEverywhere(scalar.value),
                       !cell.style.attributes.contains(strikethrough) {
                        out[count].chars.0 = wchar_t(scalar.value)
                        count += 1
                    } else {
                        let text = Self.characters(of: cell, width: width)
                        out[count].chars = (text.characters.0, text.characters.1, text.characters.2, text.characters.3, text.characters.4)
                        count += 1
                        if let padding = text.padding {
                            out[count] = styled
                            out[count].chars.0 = padding
                            count += 1
                        }
                    }
                    x += width
                }
                return count
            }
        }
        guard count > 0 else { return }
        _ = characters.withUnsafeBufferPointer { cells in
            mvwadd_wchnstr(window, Int32(run.y), Int32(run.columns.lowerBound), cells.baseAddress, Int32(count))
        }
    }

    /// Printable ASCII and the Cyrillic letters (U+0400–U+0482), most of a chapter's text:
    /// one column wide everywhere, so no decoding and no wcwidth.
    @inline(__always)
    static func isNarrowEverywhere(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (0x400..<0x483).contains(value)
    }

    /// A cell as the wide characters of one cchar_t: one spacing character and up to four
    /// combining ones (CCHARW_MAX 5), zero-terminated, and the character of a second cell when
    /// ncurses must be given two for one wide cell of the Buffer.
    ///
    /// ncurses moves its cursor by wcwidth, and the terminal draws by its own idea of it: a
    /// character whose wcwidth differs from the Buffer's width (-1 for what glibc's Unicode
    /// data does not have yet: recent emoji, new scripts) would put every later column of the
    /// row out of place, or be dropped by ncurses. So it is drawn as U+FFFD, which every
    /// side counts 1, plus a space for a wide cell: visibly not the character, and the columns
    /// stay where the Buffer has them. A flag (two regional indicators, a wide cell) is drawn
    /// as its two indicators, one per cell: ncurses counts each 1, and a terminal that joins
    /// them into a flag draws it over the same two columns.
    static func characters(of cell: Cell, width: Int)
        -> (characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t), padding: wchar_t?) {
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        if width == 1, let scalar = cell.singleScalar, isNarrowEverywhere(scalar.value),
           !cell.style.attributes.contains(.strikethrough) {
            characters.0 = wchar_t(scalar.value)
            return (characters, nil)
        }
        var padding: wchar_t?
        withUnsafeMutableBytes(of: &characters) { raw in
            let text = raw.bindMemory(to: wchar_t.self)
            var count = 0
            cell.withUTF8 { bytes in
                if bytes.count == 1, width == 1, bytes[0] >= 0x20, bytes[0] < 0x7F {
                    text[0] = wchar_t(bytes[0])  // printable ASCII: width 1 everywhere
                    count = 1
                    return
                }
                var decoder = UTF8()
                var iterator = bytes.makeIterator()
                while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                    let character = wchar_t(bitPattern: scalar.value)
                    if count == 0 {
                        if width == 2, isRegionalIndicator(scalar), sobes_wcwidth(character) == 1,
                           case .scalarValue(let next) = decoder.decode(&iterator), isRegionalIndicator(next),
                           sobes_wcwidth(wchar_t(bitPattern: next.value)) == 1 {
                            text[0] = character
                            count = 1
                            padding = wchar_t(bitPattern: next.value)
                            return
                        }
                        if sobes_wcwidth(character) != width {
                            text[0] = 0xFFFD
                            count = 1
                            padding = width == 2 ? 0x20 : nil
                            return
                        }
                        text[0] = character
                        count = 1
                    } else if count < 5, sobes_wcwidth(character) == 0 {
                        text[count] = character
                        count += 1
                    }
                }
            }
            if count == 0 {
                text[0] = 0x20
                count = 1
            }
            if cell.style.attributes.contains(.strikethrough), count < 5 {
                text[count] = 0x336  // combining long stroke overlay: curses has no strikethrough
            }
        }
        return (characters, padding)
    }

    /// The curses attributes and colour pair of a style, kept for the styles met lately.
    mutating func look(for style: Style) -> (attributes: attr_t, pair: Int32) {
        if let recent = recentLooks.first(where: { $0.style.hasSameBytes(as: style) }) { return recent.look }
        let attributes = sobes_attributes(UInt32(style.attributes.rawValue & 0x1F))
        let look = (attributes, pair(foreground: style.foreground, background: style.background))
        if recentLooks.count == Self.recentLookCount { recentLooks.removeLast() }
        recentLooks.insert((style, look), at: 0)
        return look
    }

    private mutating func pair(foreground: Color, background: Color) -> Int32 {
        guard colorSupport != .monochrome else { return 0 }
        let key = ColorPair(foreground: foreground, background: background)
        if let known = pairs.first(where: { $0.colors == key }) { return known.number }
        let fg = number(of: foreground, defaultNumber: 7)
        let bg = number(of: background, defaultNumber: 0)
        var pair: Int32 = 0
        if !(hasDefaultColors && fg == -1 && bg == -1) {
            pair = max(0, alloc_pair(fg, bg))  // -1 when the table is full: plain colours then
        }
        pairs.append((key, pair))
        return pair
    }

    /// A direct-colour entry draws numbers 0-7 as the ANSI colours: an RGB value that small
    /// (black, and blues too dark to tell from it) is drawn as (0, 0, 8) instead.
    static func directNumber(_ rgb: Int32) -> Int32 { max(rgb, 8) }

    func number(of color: Color, defaultNumber: Int32) -> Int32 {
        if isDirectColor {
            switch color {
            case .default: return hasDefaultColors ? -1 : defaultNumber
            case .ansi(let n) where n < 8, .indexed(let n) where n < 8: return Int32(n)
            case .ansi(let n), .indexed(let n):
                let (r, g, b) = Color.paletteRGB(n)
                return Self.directNumber(Int32(r << 16 | g << 8 | b))
            case .rgb(let r, let g, let b):
                return Self.directNumber(Int32(r) << 16 | Int32(g) << 8 | Int32(b))
            }
        }
        switch color.approximated(for: colorSupport) {
        case .ansi(let n), .indexed(let n): return Int32(n)
        case .default, .rgb: return hasDefaultColors ? -1 : defaultNumber
        }
    }
}
