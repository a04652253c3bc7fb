import Screen
import Testing
@testable import Browser

/// Keys the hands of less, vim, readline and nano users expect.
@Suite struct NativeKeysTests {
    func press(_ state: inout AppState, _ key: Key, _ modifiers: Modifiers = []) -> [Effect] {
        guard let action = Keymap.action(for: .key(key, modifiers), in: state) else { return [] }
        return update(&state, action)
    }

    @Test func theSearchLineEditsAtItsCursor() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type("sem")
        _ = press(&state, .left)
        _ = press(&state, .left)
        state.type("X")
        #expect(state.search?.text == "sXem")
        _ = press(&state, .character("a"), .ctrl)
        state.type(">")
        #expect(state.search?.text == ">sXem")
        _ = press(&state, .end)
        state.type(" task")
        _ = press(&state, .character("b"), .alt)   // to the start of "task"
        _ = press(&state, .character("u"), .ctrl)  // everything before the cursor
        #expect(state.search?.text == "task")
        #expect(state.mode == .typingSearch)
        _ = press(&state, .character("f"), .alt)
        _ = press(&state, .backspace, .alt)
        #expect(state.search?.text == "")
    }

    @Test func aPastedNewlineSeparatesWords() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        if let action = Keymap.action(for: .paste("gather\nsemaphore"), in: state) { state.apply(action) }
        #expect(state.search?.text == "gather semaphore")
    }

    @Test func movingTheCursorDoesNotSearchAgain() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type("loop")
        let generation = state.search?.generation
        #expect(press(&state, .left).isEmpty)
        #expect(state.search?.generation == generation)
    }

    @Test func theCursorShowsWhereTypingGoes() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type("абв")
        let end = cursorPosition(state)
        _ = press(&state, .left)
        #expect(cursorPosition(state)?.x == end.map { $0.x - 1 })
    }

    @Test func nanoCutsAndPastesLines() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.openEditor)
        state.type("один")
        _ = press(&state, .enter)
        state.type("два")
        _ = press(&state, .up)
        _ = press(&state, .character("k"), .ctrl)
        #expect(state.editing?.editor.text == "два")
        _ = press(&state, .character("e"), .ctrl)
        _ = press(&state, .enter)
        _ = press(&state, .character("u"), .ctrl)
        #expect(state.editing?.editor.text == "два\nодин\n")
        _ = press(&state, .character("a"), .ctrl)
        state.type("→")
        #expect(state.editing?.editor.text.hasSuffix("\n→") == true)
    }

    @Test func ctrlOSavesAndCtrlXSavesAndLeaves() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.openEditor)
        state.type("x")
        #expect(press(&state, .character("o"), .ctrl).contains { if case .saveNote = $0 { true } else { false } })
        #expect(state.editing != nil)
        state.type("y")
        #expect(press(&state, .character("x"), .ctrl).contains { if case .saveNote = $0 { true } else { false } })
        #expect(state.editing == nil)
    }

    @Test func ctrlLRedrawsAndCtrlZSuspendsAfterSaving() {
        var state = TestLibrary.state(width: 120, height: 40)
        #expect(press(&state, .character("l"), .ctrl).first == .redrawScreen)
        #expect(press(&state, .character("z"), .ctrl).last == .suspend)
        state.apply(.openEditor)
        state.type("z")
        _ = press(&state, .tab)  // out of the editor: Ctrl+Z there is undo
        let effects = press(&state, .character("z"), .ctrl)
        #expect(effects.first.map { if case .saveNote = $0 { true } else { false } } == true)
        #expect(effects.last == .suspend)
    }

    @Test func theRussianLayoutReachesSearchAndHelp() {
        var state = TestLibrary.state(width: 120, height: 40)
        #expect(Keymap.action(for: .character("."), in: state) == .startSearch)
        #expect(Keymap.action(for: .character(","), in: state) == .toggleHelp)
        state.apply(.startSearch)
        state.type(".,")
        #expect(state.search?.text == ".,")  // in the search line they are text
    }
}

@Suite struct FocusBorderTests {
    @Test func theBorderBesideTheFocusedPaneTakesTheFocusColour() {
        var state = TestLibrary.state(width: 160, height: 50)
        let separators = state.layout.separators
        #expect(separators.count == 2)
        func style(_ separator: Rect) -> Style? { render(state).style(at: Point(x: separator.x, y: 5)) }
        let focused = state.theme.style(.borderFocused), plain = state.theme.style(.border)
        #expect(focused != plain)
        #expect(style(separators[0]) == focused && style(separators[1]) == plain)   // the list
        state.apply(.focusNext)
        #expect(style(separators[0]) == focused && style(separators[1]) == focused) // the answer
        // Question 1's follow-ups fit on this screen: Tab walks them, then goes on.
        while state.focus == .answer { state.apply(.focusNext) }
        #expect(style(separators[0]) == plain && style(separators[1]) == focused)   // the code
    }
}
