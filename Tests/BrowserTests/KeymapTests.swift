import Screen
import Testing
@testable import Browser

@Suite struct KeymapTests {
    let state = TestLibrary.state(width: 80, height: 24)

    func action(_ event: InputEvent) -> Action? { Keymap.action(for: event, in: state) }

    @Test func lessAndVimKeys() {
        #expect(action(.character("j")) == .moveDown(1))
        #expect(action(.key(.down)) == .moveDown(1))
        #expect(action(.character("k")) == .moveUp(1))
        #expect(action(.character(" ")) == .pageDown)
        #expect(action(.character("b")) == .pageUp)
        #expect(action(.key(.pageDown)) == .pageDown)
        #expect(action(.character("g")) == .top)
        #expect(action(.character("G")) == .bottom)
        #expect(action(.key(.end)) == .bottom)
        #expect(action(.key(.tab)) == .focusNext)
        #expect(action(.key(.backTab)) == .focusPrevious)
        #expect(action(.key(.enter)) == .openSelected)
        #expect(action(.character("[")) == .previousCodeBlock)
        #expect(action(.character("]")) == .nextCodeBlock)
        #expect(action(.character("<")) == .narrowList)
        #expect(action(.character(">")) == .widenList)
        #expect(action(.character("?")) == .toggleHelp)
        #expect(action(.character("t")) == .openTopics)
        #expect(action(.character("q")) == .quit)
        #expect(action(.character("1")) == .jumpToSection(1))
        #expect(action(.character("6")) == .jumpToSection(6))
        #expect(action(.character("7")) == nil)
        #expect(action(.character("ж")) == nil)
    }

    @Test func mouseAndResize() {
        #expect(action(.mouse(MouseEvent(.press(.left), at: Point(x: 2, y: 3)))) == .click(Point(x: 2, y: 3)))
        #expect(action(.mouse(MouseEvent(.wheelDown, at: Point(x: 2, y: 3)))) == .wheel(up: false, at: Point(x: 2, y: 3)))
        #expect(action(.resize(Size(width: 10, height: 5)))  == .resize(Size(width: 10, height: 5)))
    }
}

@Suite struct RussianLayoutKeyTests {
    @Test func keysWorkWithTheRussianLayoutOn() {
        let state = TestLibrary.state(width: 80, height: 24)
        #expect(Keymap.action(for: .character("о"), in: state) == .moveDown(1))   // j
        #expect(Keymap.action(for: .character("л"), in: state) == .moveUp(1))     // k
        #expect(Keymap.action(for: .character("й"), in: state) == .quit)          // q
        #expect(Keymap.action(for: .character("у"), in: state) == .openEditor)    // e
        #expect(Keymap.action(for: .character("е"), in: state) == .openTopics)    // t
    }
}
