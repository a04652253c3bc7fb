import CNcursesw
import Screen

/// Draws terminal hyperlinks (OSC 8) over what ncurses has just drawn.
///
/// ncurses 6.4 has no notion of hyperlinks (a cell is a character, attributes and a colour
/// pair; an escape written into a window shows as `^[`), and terminfo names no capability
/// for them. Writing escapes to the terminal behind ncurses' back would leave its idea of
/// the cursor and of the current attributes wrong. So the hyperlinks are drawn after the
/// refresh with the low-level terminfo calls ncurses offers for output of its own:
/// `mvcur_sp` moves the cursor (and records where it is), `vid_attr_sp` sets the cell's
/// attributes and colour pair (and records them), `putp_sp` writes the OSC 8 escape and the
/// run's own text. ncurses' model of the screen stays true: the same characters in the same
/// attributes are drawn over themselves, now inside a hyperlink, and the cursor ends where
/// ncurses believes it is. Those calls write through the FILE* ncurses was given (stdout),
/// while the refresh sends its frame from ncurses' own buffer with write(2): stdout is
/// flushed at once, so the hyperlinks always follow the frame they belong to.
///
/// The escapes hold nothing from a chapter but a URI `Hyperlink.sanitized` made printable
/// ASCII without `<` or `>` (so `putp` cannot read padding `$<…>` in it); text goes a cell
/// at a time (so no `$<` forms across cells).
///
/// Which runs: those of the frame's changed cells that belong to a hyperlink (ncurses wrote
/// them as plain text), and those whose cells were in one last frame and are not now (the
/// terminal would keep the old link on text ncurses saw no reason to rewrite). Insert and
/// delete character are turned off (`idcok`) once hyperlinks are drawn, since they would
/// slide linked cells along a row; ncurses never scrolls the screen here (`idlok` stays off).
/// Frames without hyperlinks cost nothing more.
struct HyperlinkOverlay {
    struct Run {
        var y: Int
        var x: Int
        var width: Int
        var text: [String]
        var look: (attributes: attr_t, pair: Int32)
        /// The sanitized URI, or nil to write the text outside any hyperlink.
        var uri: String?
        var id: Int
    }

    private(set) var runs: [Run] = []
    private var insertDeleteOff = false

    /// Collects the runs a frame needs, from the runs the frame writer gave ncurses.
    mutating func collect(_ cellRuns: [CellRun], of buffer: Buffer, previous: Buffer?, writer: inout FrameWriter,
                          window: UnsafeMutablePointer<WINDOW>?, windowSize: Size) {
        runs.removeAll(keepingCapacity: true)
        guard !buffer.hyperlinks.isEmpty || !(previous?.hyperlinks.isEmpty ?? true) else { return }
        if !insertDeleteOff {
            idcok(window, false)
            insertDeleteOff = true
        }
        for run in cellRuns where run.y < windowSize.height {
            let first = buffer[run.columns.lowerBound, run.y]
            let uri = buffer.hyperlink(of: first).flatMap(Hyperlink.sanitized)
            let wasLinked = previous.map { previous in
                previous.size == buffer.size && run.columns.contains { previous.hyperlink(of: previous[$0, run.y]) != nil }
            } ?? false
            guard uri != nil || wasLinked else { continue }
            var text: [String] = []
            var x = run.columns.lowerBound
            while x < run.columns.upperBound {
                let cell = buffer[x, run.y]
                let width = x + 1 < buffer.size.width && buffer[x + 1, run.y].isContinuation ? 2 : 1
                guard x + width <= windowSize.width else { break }
                text.append(Self.utf8(of: cell, width: width))
                x += width
            }
            guard !text.isEmpty else { continue }
            runs.append(Run(y: run.y, x: run.columns.lowerBound, width: x - run.columns.lowerBound, text: text,
                            look: writer.look(for: run.style), uri: uri, id: Int(first.style.link)))
        }
    }

    /// Writes the collected runs after a refresh; true when it wrote anything (the caller
    /// then refreshes once more, which puts the cursor where the frame wants it).
    func write(on screen: OpaquePointer?) -> Bool {
        guard !runs.isEmpty, let screen else { return false }
        var at: (y: Int32, x: Int32) = (-1, -1)  // -1: ncurses addresses the cursor absolutely
        for run in runs {
            mvcur_sp(screen, at.y, at.x, Int32(run.y), Int32(run.x))
            var pair = run.look.pair
            vid_attr_sp(screen, run.look.attributes, 0, &pair)
            if let uri = run.uri { putp_sp(screen, Hyperlink.open(uri, id: run.id)) }
            for text in run.text { putp_sp(screen, text) }
            if run.uri != nil { putp_sp(screen, Hyperlink.close) }
            at = (Int32(run.y), Int32(run.x + run.width))
        }
        var normal: Int32 = 0
        vid_attr_sp(screen, 0, 0, &normal)
        // Past the last column the cursor's place depends on the terminal's wrap glitch:
        // a move from there is absolute, and ncurses records where it ends.
        mvcur_sp(screen, at.y, at.x, 0, 0)
        fflush(sobes_stdout())
        return true
    }

    /// A cell's text as the frame writer gives it to ncurses (the same replacement where
    /// widths disagree, the same combining stroke for strikethrough), in UTF-8.
    private static func utf8(of cell: Cell, width: Int) -> String {
        let (characters, padding) = FrameWriter.characters(of: cell, width: width)
        var text = ""
        for character in [characters.0, characters.1, characters.2, characters.3, characters.4] {
            guard character != 0, let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else { break }
            text.unicodeScalars.append(scalar)
        }
        if let padding, let scalar = Unicode.Scalar(UInt32(bitPattern: padding)) { text.unicodeScalars.append(scalar) }
        return text
    }
}
