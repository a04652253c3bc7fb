@testable import Curses
import Screen
import Testing

/// The drag that selects text: motion with the button held, then its release.
@Suite struct MouseDragMappingTests {
    private let masks = MouseMasks(left: 1 << 1, middle: 1 << 7, right: 1 << 13, wheelUp: 1 << 19,
                                   wheelDown: 1 << 25, shift: 1 << 29, ctrl: 1 << 30, alt: 1 << 28,
                                   leftReleased: 1 << 0, motion: 1 << 27)

    @Test func motionAndReleaseAreEvents() {
        #expect(masks.event(state: 1 << 27, x: 5, y: 6) == MouseEvent(.motion, at: Point(x: 5, y: 6)))
        #expect(masks.event(state: 1 << 0, x: 7, y: 8) == MouseEvent(.release(.left), at: Point(x: 7, y: 8)))
        #expect(masks.event(state: 1 << 1, x: 0, y: 0)?.kind == .press(.left), "a press stays a press")
        #expect(masks.event(state: 1 << 2, x: 0, y: 0) == nil)
    }

    @Test func theRealMasksAskForReleaseAndMotion() {
        let current = MouseMasks.current
        #expect(current.leftReleased != 0 && current.motion != 0)
        #expect(current.reported & current.leftReleased != 0 && current.reported & current.motion != 0)
        #expect(Set([current.left, current.leftReleased, current.motion]).count == 3)
    }
}
