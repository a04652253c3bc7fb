import Testing
import Screen
@testable import Curses

/// SGR (1006) mouse reports, which the session asks for itself and ncurses passes on when
/// terminfo names the classic encoding (tmux-256color): any column, presses and releases apart.
@Suite struct SGRMouseTests {
    private func decode(_ text: String) -> [InputEvent] {
        var decoder = InputDecoder()
        var events: [InputEvent] = []
        for scalar in text.unicodeScalars { events += decoder.feed(.character(scalar)) }
        return events + decoder.inputPaused()
    }

    @Test func aClickPastColumn223Arrives() {
        #expect(decode("\u{1B}[<0;241;5M\u{1B}[<0;241;5m") == [
            .mouse(MouseEvent(.press(.left), at: Point(x: 240, y: 4))),
            .mouse(MouseEvent(.release(.left), at: Point(x: 240, y: 4))),
        ])
    }

    @Test func buttonsWheelsMotionAndModifiers() {
        #expect(decode("\u{1B}[<2;1;1M") == [.mouse(MouseEvent(.press(.right), at: Point(x: 0, y: 0)))])
        #expect(decode("\u{1B}[<1;3;4M") == [.mouse(MouseEvent(.press(.middle), at: Point(x: 2, y: 3)))])
        #expect(decode("\u{1B}[<64;10;2M\u{1B}[<65;10;2M") == [
            .mouse(MouseEvent(.wheelUp, at: Point(x: 9, y: 1))), .mouse(MouseEvent(.wheelDown, at: Point(x: 9, y: 1))),
        ])
        #expect(decode("\u{1B}[<32;300;7M") == [.mouse(MouseEvent(.motion, at: Point(x: 299, y: 6)))])
        #expect(decode("\u{1B}[<20;5;5M") == [.mouse(MouseEvent(.press(.left), at: Point(x: 4, y: 4), modifiers: [.shift, .ctrl]))])
        #expect(decode("\u{1B}[<8;5;5M") == [.mouse(MouseEvent(.press(.left), at: Point(x: 4, y: 4), modifiers: .alt))])
    }

    @Test func brokenReportsAreDroppedNotTyped() {
        #expect(decode("\u{1B}[<0;0;5M") == [])
        #expect(decode("\u{1B}[<0;5M") == [])
        #expect(decode("\u{1B}[<66;5;5M") == [])  // a sideways wheel
        #expect(decode("\u{1B}[<0;5;5Mj") == [.mouse(MouseEvent(.press(.left), at: Point(x: 4, y: 4))), .character("j")])
    }
}
