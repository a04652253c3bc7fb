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

    @Test func changesOnARowBecomeOneSpanFromTheFirstToTheLast() {
        let before = frame(["abcdefghij", "0123456789"])
        var after = before
        _ = after.put("X", at: Point(x: 2, y: 1))
        _ = after.put("Y", at: Point(x: 6, y: 1))
        #expect(after.changedRuns(since: before) == [CellRun(y: 1, columns: 2..<7, style: .plain)])
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
