import Screen
import Testing
@testable import Browser

/// update() driven by action sequences, checked through state and the rendered screen.
@Suite struct UpdateTests {
    @Test func movingTheSelectionOpensTheQuestion() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.moveDown(1), .moveDown(1))
        #expect(state.openQuestion?.number == 3)
        #expect(state.screenText.contains("Вопрос 3. Как использовать async/await правильно?"))
        state.apply(.bottom)
        #expect(state.openQuestion?.number == 10)
        state.apply(.moveDown(1))
        #expect(state.openQuestion?.number == 10)
        state.apply(.top, .moveUp(3))
        #expect(state.openQuestion?.number == 1)
    }

    @Test func tabCyclesFocusAndPagesScrollTheFocusedPane() {
        var state = TestLibrary.state(width: 120, height: 16)
        state.apply(.moveDown(5), .focusNext)  // question 6 has a long answer
        #expect(state.focus == .answer)
        state.apply(.pageDown)
        #expect(state.answerScroll == state.layout.content(of: .answer).height - 1)
        state.apply(.bottom)
        #expect(state.answerScroll == state.renderedAnswer.lines.count - state.layout.answerContent.height)
        #expect(state.screenLines.last?.contains("04 · вопрос 6/10 · ответ конец") == true)
        // Its three follow-ups are in view now: Tab walks them before the next pane.
        state.apply(.focusNext, .focusNext, .focusNext)
        #expect(state.focus == .answer && state.focusedFollowUp == 2)
        state.apply(.focusNext, .focusNext)
        #expect(state.focus == .list)
        state.apply(.focusPrevious)
        #expect(state.focus == .code)
    }

    @Test func sectionKeysJumpInTheAnswer() {
        var state = TestLibrary.state(width: 120, height: 16)
        state.apply(.moveDown(5), .jumpToSection(5))
        #expect(state.focus == .answer)
        #expect(state.answerScroll == state.renderedAnswer.line(of: .mistakes))
        let top = state.screenLines[1]
        #expect(top.contains("Типичные ошибки"))
    }

    @Test func codeBlocksSwitchAndScrollHorizontally() {
        var state = TestLibrary.state(width: 60, height: 40)  // a pane narrower than the code
        #expect(state.codeBlocks.count == 2)
        state.apply(.nextCodeBlock)
        #expect(state.codeBlockIndex == 1)
        #expect(state.screenText.contains("Код · блок 2/2"))
        state.apply(.nextCodeBlock)
        #expect(state.codeBlockIndex == 1)
        state.apply(.focusNext, .focusNext, .scrollRight)
        #expect(state.focus == .code && state.codeColumn == min(state.sidewaysStep, max(state.codeWidth - state.codeTextWidth, 0)))
        state.apply(.scrollLeft, .scrollLeft)
        #expect(state.codeColumn == 0)
        state.apply(.moveDown(1))
        #expect(state.openQuestion?.number == 1 && state.codeScroll == 1)
    }

    @Test func listWidthChangesWithinLimits() {
        var state = TestLibrary.state(width: 100, height: 40)
        let before = state.layout.list.width
        state.apply(.widenList)
        #expect(state.layout.list.width == before + 4)
        for _ in 0..<20 { state.apply(.narrowList) }
        #expect(state.layout.list.width == 16)
    }

    @Test func clicksSelectAndFocusAndTheWheelScrollsThePaneUnderIt() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.click(state.rowPoint(ofEntry: 4)))
        #expect(state.openQuestion?.number == 5)
        state.apply(.wheel(up: false, at: Point(x: 60, y: 10)))
        #expect(state.answerScroll == 3 && state.focus == .list)
        state.apply(.click(Point(x: 60, y: 10)))
        #expect(state.focus == .answer)
    }

    @Test func helpAndTopicsOverlays() {
        var state = TestLibrary.state(width: 100, height: 30)
        state.apply(.toggleHelp)
        #expect(state.screenText.contains("Клавиши"))
        #expect(state.screenText.contains("в начало / в конец"))
        state.apply(.moveDown(1))
        #expect(state.openQuestion?.number == 1)  // keys go to the overlay
        state.apply(.dismiss, .openTopics)
        #expect(state.screenText.contains("Темы"))
        state.apply(.openSelected)
        #expect(state.overlay == nil)
    }

    @Test func layoutsByWidth() {
        // Chapter 04's code needs 62 columns for 95% of its lines: beside a 60-column answer from 160 on.
        #expect(Layout(size: Size(width: 160, height: 50), preferredListWidth: 30, focus: .list).mode == .threeColumns)
        #expect(Layout(size: Size(width: 120, height: 40), preferredListWidth: 30, focus: .list).mode == .codeBelow)
        #expect(Layout(size: Size(width: 80, height: 24), preferredListWidth: 30, focus: .list).mode == .codeBelow)
        let single = Layout(size: Size(width: 50, height: 20), preferredListWidth: 30, focus: .code)
        #expect(single.mode == .single && single.code.width == 50 && single.list.isEmpty)
        #expect(Layout(size: Size(width: 10, height: 3), preferredListWidth: 30, focus: .list).mode == .tooSmall)
    }

    @Test func singlePaneShowsOnlyTheFocusedPaneAndNamesIt() {
        var state = TestLibrary.state(width: 40, height: 12)
        #expect(state.screenText.contains("список"))
        state.apply(.openSelected)
        #expect(state.focus == .answer)
        #expect(state.screenLines[1].contains("Вопрос 1."))
        #expect(state.screenText.contains("ответ"))
    }

    @Test func everySizeDownToOneByOneRenders() {
        var state = TestLibrary.state(width: 120, height: 16)
        state.apply(.moveDown(5), .focusNext)
        for width in [1, 2, 5, 19, 20, 30, 59, 60, 99, 100, 200] {
            for height in [1, 2, 4, 5, 10, 60] {
                state.apply(.resize(Size(width: width, height: height)))
                let lines = state.screenLines
                #expect(lines.count == height)
                #expect(lines.allSatisfy { displayWidth(of: $0) <= width })
            }
        }
    }

    @Test func quitEndsTheLoop() {
        var state = TestLibrary.state(width: 80, height: 24)
        state.apply(.quit)
        #expect(state.isQuitting)
    }
}

@Suite struct TopicsClickTests {
    @Test func aClickOnATopicOpensItAndAClickOutsideDoesNot() {
        var state = TestLibrary.state(width: 100, height: 30)
        state.apply(.openTopics)
        let lines = state.screenLines
        guard let row = lines.lastIndex(where: { $0.contains("04. Asyncio и конкурентность") }), row > 0 else {
            Issue.record("no topic row on screen"); return
        }
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "04. Asyncio")!.lowerBound)
        state.apply(.click(Point(x: 0, y: 0)))
        #expect(state.overlay != nil)
        state.apply(.click(Point(x: column, y: row)))
        #expect(state.overlay == nil)
    }
}
