import Screen
import Testing
@testable import Browser

/// Soft wrap, vertical moves, Home/End, pages and scrolling of the notes editor.
@Suite struct EditorLayoutTests {
    private let at = EditorHarness.at

    @Test func wrapsAtSpacesByDisplayCells() {
        let text = "один два три"
        #expect(EditorHarness(text, width: 12).rows == ["один два три", ""])
        #expect(EditorHarness(text, width: 13).rows == ["один два три"])
        #expect(EditorHarness(text, width: 8).rows == ["один ", "два три"])
        #expect(EditorHarness(text, width: 5).rows == ["один ", "два ", "три"])
        #expect(EditorHarness(text, width: 3).rows == ["оди", "н ", "два", " тр", "и"])
    }

    @Test func wrapsWideCharactersWithoutSplittingThem() {
        #expect(EditorHarness("世界你好", width: 5).rows == ["世界", "你好"])
        #expect(EditorHarness("世界你好", width: 3).rows == ["世", "界", "你", "好"])
        #expect(EditorHarness("a世", width: 1).rows == ["a", "世", ""])
        var harness = EditorHarness("世界你好", width: 4)
        #expect(harness.rows == ["世界", "你好", ""])
        harness.perform(.documentEnd)
        #expect(harness.cell == Point(x: 0, y: 2))
        harness.perform(.left, .left)
        #expect(harness.cell == Point(x: 0, y: 1))
        harness.perform(.left)
        #expect(harness.cell == Point(x: 2, y: 0))
    }

    @Test func cursorCellAtTheWrapPoints() {
        var harness = EditorHarness("один два три", width: 8, height: 5)
        harness.perform(.documentEnd)
        #expect(harness.cell == Point(x: 7, y: 1))
        harness.perform(.left, times: 3)
        #expect(harness.cell == Point(x: 4, y: 1))
        harness.perform(.left, times: 4)
        #expect(harness.cursor == at(0, 5))
        #expect(harness.cell == Point(x: 0, y: 1))  // a row's end is the next row's start
        harness.perform(.left)
        #expect(harness.cell == Point(x: 4, y: 0))
    }

    @Test func visibleLinesSayWhereEachRowStarts() {
        let harness = EditorHarness("один два три\n\nчетыре", width: 8, height: 10)
        let lines = harness.editor.visibleLines(viewport: harness.viewport)
        #expect(lines.map(\.line) == [0, 0, 1, 2])
        #expect(lines.map(\.offset) == [0, 5, 0, 0])
        #expect(lines.map(\.width) == [5, 7, 0, 6])
        #expect(lines.map(\.isContinuation) == [false, true, false, false])
    }

    @Test func visibleLinesWrapAtTheWidthAsked() {
        var harness = EditorHarness("один два три\nчетыре", width: 80)
        harness.perform(.down)
        let narrow = harness.editor.visibleLines(viewport: EditorViewport(width: 5, height: 3))
        #expect(narrow.map(\.text) == ["один ", "два ", "три"])
        #expect(harness.rows == ["один два три", "четыре"])
    }

    @Test func anEditedLineIsWrappedAfresh() {
        var harness = EditorHarness("один два\nтри", width: 8)
        #expect(harness.rows == ["один два", "", "три"])
        harness.perform(.lineEnd)
        #expect(harness.cursor == at(0, 7))  // End stays on the full row first
        harness.perform(.lineEnd, .deleteBackward)
        #expect(harness.rows == ["один дв", "три"])
        harness.perform(.insert("а три"))
        #expect(harness.rows == ["один ", "два три", "три"])
        harness.perform(.undo)
        #expect(harness.rows == ["один дв", "три"])
    }

    @Test func controlCharactersShowAsOneCellSymbols() {
        var harness = EditorHarness("a\tb\u{1B}c")
        #expect(harness.rows == ["a\u{2409}b\u{241B}c"])
        harness.perform(.documentEnd)
        #expect(harness.cell == Point(x: 5, y: 0))
    }

    @Test func upAndDownKeepTheGoalColumnAcrossShortAndWrappedLines() {
        var harness = EditorHarness("абвгдеёжзи\nаб\nабвгдежзийклмнопрсту", width: 12)
        harness.perform(.right, times: 8)
        harness.perform(.down)
        #expect(harness.cursor == at(1, 2))
        harness.perform(.down)
        #expect(harness.cursor == at(2, 8))
        harness.perform(.down)
        #expect(harness.cursor == at(2, 20))  // the second row of the wrapped line, 8 cells long
        #expect(harness.cell == Point(x: 8, y: 3))
        harness.perform(.down)
        #expect(harness.cursor == at(2, 20))
        harness.perform(.up)
        #expect(harness.cursor == at(2, 8))
        harness.perform(.up, .up)
        #expect(harness.cursor == at(0, 8))
        harness.perform(.up)
        #expect(harness.cursor == at(0, 8))
        // Any other move resets the goal.
        harness.perform(.left, .down, .down)
        #expect(harness.cursor == at(2, 7))
    }

    @Test func verticalMovesStayOnTheRowTheyLandOn() {
        // The first row ends with a space: landing past it stops before it, on the same row.
        var harness = EditorHarness("один два три\nабвгдеёжзи", width: 8)
        harness.perform(.down)
        #expect(harness.cursor == at(0, 5))  // the second visual row of the first line
        harness.perform(.down, .lineEnd)
        #expect(harness.cursor == at(1, 7))
        #expect(harness.cell == Point(x: 7, y: 2))
        harness.perform(.up)
        #expect(harness.cursor == at(0, 12))
        harness.perform(.up)
        #expect(harness.cursor == at(0, 4))
        #expect(harness.cell == Point(x: 4, y: 0))
    }

    @Test func verticalMovesStepBeforeAWideCharacterUnderTheGoal() {
        var harness = EditorHarness("abcd\n世界")
        harness.perform(.right, times: 3)
        harness.perform(.down)
        #expect(harness.cursor == at(1, 1))
        #expect(harness.cell == Point(x: 2, y: 1))
        harness.perform(.up)
        #expect(harness.cursor == at(0, 3))
    }

    @Test func homeAndEndGoByVisualRowThenByLine() {
        var harness = EditorHarness("один два три", width: 8)
        harness.perform(.documentEnd, .lineStart)
        #expect(harness.cursor == at(0, 5))
        harness.perform(.lineStart)
        #expect(harness.cursor == at(0, 0))
        harness.perform(.lineEnd)
        #expect(harness.cursor == at(0, 4))
        harness.perform(.lineEnd)
        #expect(harness.cursor == at(0, 12))
        harness.perform(.lineEnd)
        #expect(harness.cursor == at(0, 12))
    }

    @Test func pagesMoveTheCursorAndTheViewTogether() {
        let text = (0..<100).map { "строка \($0)" }.joined(separator: "\n")
        var harness = EditorHarness(text, width: 80, height: 10)
        harness.perform(.pageDown)
        #expect(harness.cursor == at(9, 0))
        #expect(harness.editor.scrollTop == EditorRowPosition(line: 9, row: 0))
        harness.perform(.down, .down)
        #expect(harness.cell == Point(x: 0, y: 2))
        harness.perform(.pageDown)
        #expect(harness.cursor == at(20, 0))
        #expect(harness.cell == Point(x: 0, y: 2))
        harness.perform(.pageUp, .pageUp)
        #expect(harness.cursor == at(2, 0))
        #expect(harness.cell == Point(x: 0, y: 2))
        harness.perform(.pageUp)
        #expect(harness.cursor == at(0, 0))
        #expect(harness.editor.scrollTop == .start)

        harness.perform(.documentEnd)
        #expect(harness.editor.scrollTop == EditorRowPosition(line: 90, row: 0))
        #expect(harness.cell == Point(x: 9, y: 9))
        harness.perform(.pageDown)
        #expect(harness.cursor == at(99, 9))
        #expect(harness.editor.scrollTop == EditorRowPosition(line: 90, row: 0))
        harness.perform(.pageUp)
        #expect(harness.cursor == at(90, 9))
        #expect(harness.editor.scrollTop == EditorRowPosition(line: 81, row: 0))
        #expect(harness.rows.first == "строка 81")
    }

    @Test func theCursorStaysOnScreenAfterEveryCommand() {
        let text = (0..<40).map { String(repeating: "слово ", count: $0 % 7) + "世界\($0)" }.joined(separator: "\n")
        var harness = EditorHarness(text, width: 17, height: 6)
        let commands: [EditorCommand] = [
            .pageDown, .down, .insert("новый текст "), .pageDown, .wordRight, .newline, .up, .up,
            .pageUp, .lineEnd, .insert("a\nb\nc\nd\ne\nf\ng"), .undo, .documentEnd, .deleteBackward,
            .pageUp, .pageUp, .documentStart, .redo, .down, .down, .down, .down, .down, .down, .down,
            .undo, .undo, .undo, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown,
        ]
        for command in commands {
            harness.perform(command)
            let rows = harness.editor.visibleLines(viewport: harness.viewport)
            let cell = harness.cell
            #expect(rows.indices.contains(cell.y), "\(command)")
            #expect(cell.x >= 0 && cell.x < harness.viewport.width, "\(command)")
            if rows.indices.contains(cell.y) {
                #expect(rows[cell.y].line == harness.cursor.line, "\(command)")
                #expect(rows[cell.y].offset <= harness.cursor.grapheme, "\(command)")
                let before = rows[cell.y].text.prefix(harness.cursor.grapheme - rows[cell.y].offset)
                #expect(displayWidth(of: before) == cell.x, "\(command)")
            }
        }
    }

    @Test func aResizeRewrapsAndKeepsTheCursorVisible() {
        var harness = EditorHarness(String(repeating: "слово ", count: 30), width: 60, height: 2)
        harness.perform(.documentEnd)
        #expect(harness.cell == Point(x: 0, y: 1))
        harness.editor.resize(to: EditorViewport(width: 12, height: 2))
        harness.viewport = harness.editor.viewport
        #expect(harness.cell == Point(x: 0, y: 1))
        #expect(harness.rows == ["слово слово ", ""])
    }
}

/// Clicks and whole-text replacement.
@Suite struct EditorActionTests {
    private let at = EditorHarness.at

    @Test func aClickPlacesTheCursorOnTheRowAndColumnUnderIt() {
        var harness = EditorHarness("один два три\nчетыре\n世界", width: 8, height: 10)
        harness.editor.placeCursor(atCell: Point(x: 2, y: 1), layout: harness.viewport)
        #expect(harness.cursor == at(0, 7))
        #expect(harness.cell == Point(x: 2, y: 1))
        harness.editor.placeCursor(atCell: Point(x: 1, y: 3), layout: harness.viewport)
        #expect(harness.cursor == at(2, 0))  // on the first half of 世: before it
        harness.editor.placeCursor(atCell: Point(x: 30, y: 9), layout: harness.viewport)
        #expect(harness.cursor == at(2, 2))
        #expect(harness.cell == Point(x: 4, y: 3))
    }

    @Test func replacingAllTextIsOneUndoStep() {
        var harness = EditorHarness("старый\nтекст")
        harness.type("x")
        harness.editor.replaceAll(with: "новый\r\nтекст\n", layout: harness.viewport)
        #expect(harness.text == "новый\r\nтекст\n")
        #expect(harness.cursor == at(2, 0))
        harness.perform(.undo)
        #expect(harness.text == "xстарый\nтекст")
        #expect(harness.cursor == at(0, 1))
        harness.perform(.redo)
        #expect(harness.text == "новый\r\nтекст\n")
    }
}

/// The editor drawn into a Buffer.
@Suite struct EditorDrawingTests {
    @Test func drawsTheVisibleRowsAndReturnsTheCursor() {
        var harness = EditorHarness("один два три\nчетыре 世界\tx", width: 8, height: 2)
        harness.perform(.documentEnd)
        var buffer = Buffer(width: 10, height: 4)
        let cursor = harness.editor.draw(into: &buffer, area: Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(buffer.lines() == ["", " четыре", " 世界␉x", ""])
        #expect(cursor == Point(x: 1 + 6, y: 1 + 1))
        harness.perform(.documentStart)
        buffer = Buffer(width: 10, height: 4)
        let start = harness.editor.draw(into: &buffer, area: Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(buffer.lines() == ["", " один", " два три", ""])
        #expect(start == Point(x: 1, y: 1))
    }
}
