import Chapter
import Foundation
import Screen
import Testing
@testable import Browser

/// The layout follows the chapter's code and keeps the answer readable.
@Suite struct LayoutTests {
    let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
                 Size(width: 160, height: 50), Size(width: 200, height: 60)]

    @Test func theAnswerNeverReadsWiderThanItsMeasure() {
        for size in sizes {
            let layout = Layout(size: size, preferredListWidth: 30, focus: .list)
            #expect(layout.answer.width <= Layout.answerMeasure.upperBound, "\(size)")
            if layout.mode == .threeColumns { #expect(layout.answer.width >= Layout.answerMeasure.lowerBound) }
        }
    }

    @Test func narrowCodeStandsBesideTheAnswerSooner() {
        let narrow = CodeMeasure(typical: 26, widest: 34)
        #expect(Layout(size: Size(width: 120, height: 40), preferredListWidth: 30, focus: .list, code: narrow).mode == .threeColumns)
        #expect(Layout(size: Size(width: 120, height: 40), preferredListWidth: 30, focus: .list).mode == .codeBelow)
    }

    @Test func slackPastTheAnswersMeasureWidensTheListAndTheCode() {
        let layout = Layout(size: Size(width: 200, height: 60), preferredListWidth: 30, focus: .list,
                            code: CodeMeasure(typical: 40, widest: 50))
        #expect(layout.mode == .threeColumns)
        #expect(layout.answer.width == 100)
        #expect(layout.list.width > 30 && layout.code.width >= 50)
        #expect(layout.list.width + layout.answer.width + layout.code.width + 2 == 200)
    }

    @Test func zoomGivesOnePaneTheWholeScreenAndBack() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.focusNext)
        state.apply(.toggleZoom)
        #expect(state.layout.mode == .single && state.layout.answer.width == 120)
        state.apply(.toggleZoom)
        #expect(state.layout.mode == .codeBelow)
    }

    @Test func chapterFourCodeIsMeasured() {
        let measure = CodeMeasure(chapter: TestLibrary.bundled.chapters[0])
        #expect(measure.typical == 58 + 5)  // 95% of its lines are 58 columns or less; 3-digit line numbers
        #expect(measure.widest == 82 + 5)
    }
}

/// Code is never cut without a mark, and can be read whole.
@Suite struct CodeCutTests {
    /// At 60 columns, the first code block of chapter 04 wider than the pane, focused.
    func narrow() -> AppState {
        var state = TestLibrary.state(width: 60, height: 40)
        for _ in 0..<30 where state.codeWidth <= state.codeTextWidth {
            if state.codeBlockIndex + 1 < state.codeBlocks.count { state.apply(.nextCodeBlock) } else { state.apply(.moveDown(1)) }
        }
        state.apply(.focusNext, .focusNext)
        #expect(state.focus == .code && state.codeWidth > state.codeTextWidth)
        // Its widest line at the top of the pane.
        let widest = state.codeLines.indices.max { displayWidth(of: state.codeLines[$0]) < displayWidth(of: state.codeLines[$1]) } ?? 0
        state.apply(.top, .moveDown(widest))
        return state
    }

    @Test func aCutLineEndsInAMarkAndTheTitleSaysWhereThePaneIs() {
        let state = narrow()
        let code = state.layout.content(of: .code)
        let rows = state.screenLines[code.y..<code.maxY]
        #expect(rows.contains { $0.hasSuffix("›") })
        #expect(state.screenLines[state.layout.code.y].contains("стлб 1–"))
    }

    @Test func wrappingShowsEveryCharacterWithContinuationMarks() {
        var state = narrow()
        state.apply(.toggleCodeWrap)
        let code = state.layout.content(of: .code)
        let rows = state.screenLines[code.y..<code.maxY]
        #expect(!rows.contains { $0.hasSuffix("›") })
        #expect(rows.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("↪") })
        // Every visible logical line is on screen whole: its text is the join of its rows.
        let first = state.codeLines[state.codeScroll].map(\.text).joined()
        let pieces = CodeText.wrapColumns(state.codeLines[state.codeScroll], width: state.codeTextWidth)
        #expect(pieces.map { $0.map(\.text).joined() }.joined() == first)
    }

    @Test func sidewaysStepsReachTheEndOfTheLongestLine() {
        var state = narrow()
        for _ in 0..<50 { state.apply(.scrollRight) }
        #expect(state.codeColumn + state.codeTextWidth >= state.codeWidth)
        #expect(state.codeColumn <= state.codeWidth)
    }
}

/// Question titles are read whole in the list.
@Suite struct ListTitleTests {
    @Test func theSelectedTitleIsWholeAndOthersTakeTwoRows() {
        for size in [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
                     Size(width: 160, height: 50), Size(width: 200, height: 60)] {
            var state = TestLibrary.state(width: size.width, height: size.height)
            for index in 0..<state.questions.count {
                state.apply(.top, .moveDown(index))
                let laid = state.listLayout()
                guard let selected = laid.first(where: { $0.index == index }) else {
                    Issue.record("\(size): entry \(index) not drawn"); continue
                }
                // Whole: the rows joined give the title back, and all of them are on screen.
                #expect(selected.lines.joined(separator: " ") == state.questions[index].title, "\(size) #\(index + 1)")
                #expect(selected.row + selected.lines.count <= state.listRows.height, "\(size) #\(index + 1)")
                #expect(laid.allSatisfy { $0.index == index || $0.lines.count <= AppState.titleRows })
            }
        }
    }

    @Test func aClickOnAnyRowOfAWrappedTitleSelectsIt() {
        var state = TestLibrary.state(width: 100, height: 30)
        let entry = state.listLayout()[3]
        #expect(entry.lines.count == 2)
        state.apply(.click(Point(x: 10, y: state.listRows.y + entry.row + 1)))
        #expect(state.selectedRow == 3)
    }
}

/// The code pane shows the example the reader is reading.
@Suite struct CodeFollowsReadingTests {
    @Test func jumpingToTheExampleOpensItsFirstBlock() {
        var state = TestLibrary.state(width: 120, height: 40)
        #expect(state.codeBlocks.count == 2)
        state.apply(.jumpToSection(4))
        #expect(state.codeBlockIndex == 1)  // question 1's example is its second block
        state.apply(.jumpToSection(3))
        #expect(state.codeBlockIndex == 0)
    }

    @Test func scrollingTheAnswerBringsTheBlockInViewAndManualChoiceStays() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.focusNext)
        state.apply(.bottom)
        #expect(state.codeBlockIndex == 1)
        state.apply(.previousCodeBlock)      // the reader's own choice is kept while not scrolling
        #expect(state.codeBlockIndex == 0)
        state.apply(.focusNext, .moveDown(1))  // scrolling the code pane moves no block
        #expect(state.codeBlockIndex == 0)
    }
}

@Suite struct RoomyListTests {
    @Test func aWideScreenGivesTitlesTheColumnsTheAnswerDoesNotNeed() {
        let wide = Layout(size: Size(width: 200, height: 60), preferredListWidth: 30, focus: .list)
        #expect(wide.list.width > 30 && wide.answer.width >= 70 && wide.code.width == CodeMeasure.usual.widest)
        let narrower = Layout(size: Size(width: 200, height: 60), preferredListWidth: 26, focus: .list)
        #expect(narrower.list.width == 26)  // a list narrowed with `<` keeps its width
    }
}
