import Chapter
import Screen
import Testing
@testable import Browser

/// Dragging in a pane selects its text; letting go copies it, and nothing of the panes around.
@Suite struct MouseSelectionTests {
    /// The cell where `text` starts on screen, and the row's text.
    func place(of text: String, in state: AppState) throws -> Point {
        let lines = state.screenLines
        let row = try #require(lines.firstIndex { $0.contains(text) }, "«\(text)» is not on screen")
        let prefix = lines[row][..<lines[row].range(of: text)!.lowerBound]
        return Point(x: displayWidth(of: String(prefix)), y: row)
    }

    @Test func aDragInTheCodePaneCopiesTheCodeWithoutLineNumbers() throws {
        var state = TestLibrary.state(width: 200, height: 40)
        let start = try place(of: "while running:", in: state)
        let end = try place(of: "events = selector.select(timeout)", in: state)
        state.apply(.click(start))
        #expect(state.focus == .code, "the press still focuses the pane")
        state.apply(.dragMouse(Point(x: start.x + 4, y: start.y + 1)), .dragMouse(Point(x: end.x + 32, y: end.y)))
        #expect(state.mouseSelection?.isDragging == true)
        let drawn = render(state)
        #expect(drawn.style(at: Point(x: start.x, y: start.y))?.attributes.contains(.reverse) == true, "the selection shows")
        let effects = update(&state, .releaseMouse(Point(x: end.x + 32, y: end.y)))
        #expect(effects.contains(.copyToClipboard("while running:\n    # 1. Получить готовые I/O события\n    events = selector.select(timeout)")))
        #expect(state.message == "Скопирован текст кода: 3 строки")
        #expect(state.mouseSelection == nil)
        #expect(render(state).style(at: start)?.attributes.contains(.reverse) == false)
    }

    @Test func aDragPastThePaneStaysInsideIt() throws {
        var state = TestLibrary.state(width: 200, height: 40)
        let start = try place(of: "Event loop — бесконечный цикл", in: state)
        state.apply(.click(start), .dragMouse(Point(x: state.size.width - 1, y: start.y)))
        guard case .copyToClipboard(let text)? = update(&state, .releaseMouse(Point(x: state.size.width - 1, y: start.y))).first else {
            Issue.record("nothing copied"); return
        }
        #expect(text.hasPrefix("Event loop — бесконечный цикл"))
        #expect(!text.contains("│") && !text.contains("while"), "nothing of the border or the code pane: \(text)")
    }

    @Test func aClickSelectsNothingAndTheGutterIsNotText() throws {
        var state = TestLibrary.state(width: 200, height: 40)
        let code = try place(of: "while running:", in: state)
        state.apply(.click(code))
        #expect(update(&state, .releaseMouse(code)).isEmpty, "a click copies nothing")
        state.apply(.click(Point(x: code.x - 3, y: code.y)))  // the line number
        #expect(state.mouseSelection == nil)
        state.apply(.dragMouse(Point(x: code.x + 5, y: code.y)))
        #expect(update(&state, .releaseMouse(Point(x: code.x + 5, y: code.y))).isEmpty)
    }

    @Test func pointerMovesWithoutAButtonChangeNothing() {
        var state = TestLibrary.state(width: 200, height: 40)
        state.message = "Скопирован пример кода: 15 строк"
        let before = state.mouseSelection
        state.apply(.dragMouse(Point(x: 150, y: 5)))
        #expect(state.mouseSelection == before)
        #expect(state.message == "Скопирован пример кода: 15 строк", "moving the pointer keeps the message")
        #expect(Keymap.action(for: .mouse(MouseEvent(.motion, at: Point(x: 1, y: 2))), in: state) == .dragMouse(Point(x: 1, y: 2)))
        #expect(Keymap.action(for: .mouse(MouseEvent(.release(.left), at: Point(x: 1, y: 2))), in: state) == .releaseMouse(Point(x: 1, y: 2)))
    }
}
