import Testing
import Screen
@testable import Curses

@Suite struct CellRunsTests {
    private let bold = Style(attributes: .bold)

    private func frame(_ rows: [String], width: Int = 10) -> Buffer {
        var buffer = Buffer(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { _ = buffer.put(row, at: Point(x: 0, y: y)) }
        return buffer
    }

    @Test func aFrameLikeTheLastHasNoRuns() {
        let first = frame(["abc", "def"])
        #expect(first.changedRuns(since: first).isEmpty)
    }

    @Test func aWholeFrameIsOneRunPerRowAndStyle() {
        var buffer = frame(["abc", "def"], width: 6)
        _ = buffer.put("XY", at: Point(x: 2, y: 1), style: bold)
        #expect(buffer.changedRuns(since: nil) == [
            CellRun(y: 0, columns: 0..<6, style: .plain),
            CellRun(y: 1, columns: 0..<2, style: .plain),
            CellRun(y: 1, columns: 2..<4, style: bold),
            CellRun(y: 1, columns: 4..<6, style: .plain),
        ])
    }

    @Test func changesAFewCellsApartBecomeOneSpan() {
        let before = frame(["abcdefghij", "0123456789"])
        var after = before
        _ = after.put("X", at: Point(x: 2, y: 1))
        _ = after.put("Y", at: Point(x: 6, y: 1))
        #expect(after.changedRuns(since: before) == [CellRun(y: 1, columns: 2..<7, style: .plain)])
    }

    @Test func changesFarApartAreWrittenApart() {
        let before = frame(["abcdefghij"])
        var after = before
        _ = after.put("X", at: Point(x: 1, y: 0))
        _ = after.put("Y", at: Point(x: 1 + Buffer.bridgedGap + 1, y: 0))
        #expect(after.changedRuns(since: before) == [
            CellRun(y: 0, columns: 1..<2, style: .plain),
            CellRun(y: 0, columns: (Buffer.bridgedGap + 2)..<(Buffer.bridgedGap + 3), style: .plain),
        ])
    }

    // MARK: Blanks drawn in a neighbour's style

    private let keyword = Style(foreground: .magenta)
    private let name = Style(foreground: .blue, attributes: .bold)

    private func styled(_ pieces: [(String, Style)], width: Int = 12) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        var x = 0
        for (text, style) in pieces { x = buffer.put(text, at: Point(x: x, y: 0), style: style).x }
        return buffer
    }

    @Test func aBlankBetweenWordsOfOneColourTakesThatColour() {
        let buffer = styled([("def", keyword), (" ", .plain), ("if", keyword), (".", .plain)], width: 7)
        #expect(buffer.changedRuns(since: nil) == [
            CellRun(y: 0, columns: 0..<6, style: keyword),
            CellRun(y: 0, columns: 6..<7, style: .plain),
        ])
    }

    @Test func blanksBeforeAWordTakeItsStyle() {
        let buffer = styled([("  ", .plain), ("def", keyword), (" ", .plain), ("go", name)], width: 8)
        #expect(buffer.changedRuns(since: nil) == [
            CellRun(y: 0, columns: 0..<6, style: keyword),
            CellRun(y: 0, columns: 6..<8, style: name),
        ])
    }

    @Test func blanksAtTheEndKeepTheirStyle() {
        let buffer = styled([("def", keyword)], width: 6)
        #expect(buffer.changedRuns(since: nil) == [
            CellRun(y: 0, columns: 0..<3, style: keyword),
            CellRun(y: 0, columns: 3..<6, style: .plain),
        ])
    }

    @Test func blanksThatShowTheirStyleKeepIt() {
        let underlined = Style(attributes: .underline)
        let reversed = Style(attributes: .reverse)
        let shaded = Style(background: .yellow)
        for blank in [underlined, reversed, shaded] {
            let buffer = styled([("a", keyword), (" ", blank), ("b", keyword)], width: 3)
            #expect(buffer.changedRuns(since: nil).count == 3, "\(blank)")
        }
        // Nor does an underlined word lend its underline to the blank after it.
        let buffer = styled([("a", underlined), (" ", .plain), ("b", underlined)], width: 3)
        #expect(buffer.changedRuns(since: nil).count == 3)
    }

    /// What a cell shows: its text, and of its style what shows on that text (on a blank,
    /// only the background, the link and the attributes that mark blanks).
    private struct Look: Equatable {
        var text: String
        var style: Style

        init(_ cell: Cell, drawnIn style: Style) {
            text = cell.grapheme
            self.style = style
            if cell.isSpace {
                self.style.foreground = .default
                self.style.attributes.subtract([.bold, .dim, .italic])
            }
        }
    }

    /// The runs between random frames, painted over the previous one as ncurses would paint
    /// them, look like the new frame, cell for cell.
    @Test func paintingTheRunsOverTheLastFrameShowsTheNewOne() {
        var random = SplitMix(seed: 16)
        let styles = [Style.plain, keyword, name, Style(attributes: .underline), Style(background: .yellow),
                      Style(foreground: .green, attributes: .italic), Style(attributes: .reverse), Style(link: 1)]
        let texts = [" ", " ", " ", " ", "a", "б", "中", "x"]
        func randomFrame() -> Buffer {
            var buffer = Buffer(width: 16, height: 3)
            for y in 0..<3 {
                var x = 0
                while x < 16 {
                    let style = styles[Int(random.next() % UInt64(styles.count))]
                    x = buffer.put(texts[Int(random.next() % UInt64(texts.count))], at: Point(x: x, y: y), style: style).x
                }
            }
            return buffer
        }
        var previous: Buffer? = nil
        var screen: [[Look]] = []
        for round in 0..<300 {
            var frame = previous.map { old in
                var frame = old
                for _ in 0..<Int(random.next() % 6) {
                    let style = styles[Int(random.next() % UInt64(styles.count))]
                    frame.put(texts[Int(random.next() % UInt64(texts.count))],
                              at: Point(x: Int(random.next() % 16), y: Int(random.next() % 3)), style: style)
                }
                return frame
            } ?? randomFrame()
            if round % 50 == 0 { frame = randomFrame() }
            let runs = frame.changedRuns(since: previous)
            if previous == nil { screen = Array(repeating: Array(repeating: Look(.blank, drawnIn: .plain), count: 16), count: 3) }
            for run in runs {
                #expect(run.columns.lowerBound == 0 || !frame[run.columns.lowerBound, run.y].isContinuation)
                #expect(run.columns.upperBound == 16 || !frame[run.columns.upperBound, run.y].isContinuation)
                for x in run.columns { screen[run.y][x] = Look(frame[x, run.y], drawnIn: run.style) }
            }
            for y in 0..<3 {
                for x in 0..<16 {
                    #expect(screen[y][x] == Look(frame[x, y], drawnIn: frame[x, y].style), "round \(round) at \(x),\(y)")
                }
            }
            previous = frame
        }
    }

    @Test func aWideCharacterStaysWithItsRightHalf() {
        let before = frame(["ab中de"])
        #expect(frame(["ab文de"]).changedRuns(since: before) == [CellRun(y: 0, columns: 2..<4, style: .plain)])
        #expect(frame(["ab中dx"]).changedRuns(since: before) == [CellRun(y: 0, columns: 5..<6, style: .plain)])
    }

    @Test func aStyleChangeAloneCutsTheRun() {
        let before = frame(["abcdef"], width: 6)
        var after = before
        after.setStyle(bold, in: Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(after.changedRuns(since: before) == [CellRun(y: 0, columns: 1..<3, style: bold)])
    }
}

/// A small deterministic generator (SplitMix64), so a failure repeats.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
