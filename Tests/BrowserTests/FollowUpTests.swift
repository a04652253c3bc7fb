import Chapter
import Screen
import Search
import Testing
@testable import Browser

/// Follow-ups in the answer (Tab, Enter, click), and the jumps Backspace undoes.
@Suite struct FollowUpTests {
    static let question1 = QuestionID(chapterID: "04-asyncio", number: 1)
    static let question8 = QuestionID(chapterID: "04-asyncio", number: 8)
    /// Question 1's second follow-up leads to question 8, as the linker links it.
    static let links = [FollowUpLink(source: question1, index: 1, target: question8)]

    /// Question 1 open, its answer focused and read down to its end (the follow-ups), the links in.
    func reading(width: Int = 120, height: Int = 40) -> AppState {
        var state = TestLibrary.state(width: width, height: height)
        state.apply(.followUpsLinked(Self.links), .openSelected, .bottom)
        return state
    }

    @Test func aLinkedFollowUpShowsWhereItLeads() {
        let state = reading()
        let lines = state.renderedAnswer.plainLines
        let range = state.renderedAnswer.followUpLines[1]
        #expect(lines[range].joined().contains("Как запустить блокирующий код в async контексте? → 04/8"))
        #expect(state.renderedAnswer.followUpLines.count == 3)
        #expect(!lines[state.renderedAnswer.followUpLines[0]].joined().contains("→"))
    }

    @Test func theLinkerFindsQuestion1sLink() {
        let index = SearchIndex(library: TestLibrary.bundled, terms: TermDictionary.load(contentDirectory: TestLibrary.repositoryRoot + "/Content"))
        #expect(FollowUpLinker.links(library: TestLibrary.bundled, index: index).contains(Self.links[0]))
    }

    @Test func tabWalksTheFollowUpsThenTheNextPane() {
        var state = reading()
        state.apply(.focusNext)
        #expect(state.focusedFollowUp == 0)
        #expect(state.focus == .answer)
        // Focused, it is scrolled into view and drawn highlighted.
        let lines = state.renderedAnswer.followUpLines[0]
        #expect(state.answerScroll <= lines.lowerBound && lines.upperBound <= state.answerScroll + state.layout.answerContent.height)
        let row = state.layout.answerContent.y + lines.lowerBound - state.answerScroll
        let buffer = render(state)
        let x = state.layout.answerContent.x + 2
        #expect(buffer[x, row].style == state.renderedAnswer.lines[lines.lowerBound].last!.style.patched(with: state.theme.style(.listSelected)))
        state.apply(.focusNext, .focusNext)
        #expect(state.focusedFollowUp == 2)
        state.apply(.focusPrevious)
        #expect(state.focusedFollowUp == 1)
        state.apply(.focusNext, .focusNext)
        #expect(state.focusedFollowUp == nil)
        #expect(state.focus != .answer)
    }

    @Test func tabGoesToTheNextPaneWhileNoFollowUpIsInView() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.followUpsLinked(Self.links), .openSelected)
        #expect(state.firstFollowUpInView == nil)
        state.apply(.focusNext)
        #expect(state.focus == .code)
        #expect(state.focusedFollowUp == nil)
    }

    @Test func enterFollowsTheFocusedFollowUpAndBackspaceComesBackExactly() {
        var state = reading()
        state.apply(.moveUp(2))
        state.apply(.focusNext, .focusNext)
        let before = state.currentPlace
        #expect(before?.followUp == 1)
        state.apply(.openSelected)
        #expect(state.openQuestion?.id == Self.question8)
        #expect(state.focus == .answer)
        #expect(state.answerScroll == 0)
        state.apply(.moveDown(3))
        state.apply(.historyBack)
        #expect(state.openQuestion?.id == Self.question1)
        #expect(state.currentPlace == before)
        state.apply(.historyForward)
        #expect(state.openQuestion?.id == Self.question8)
        #expect(state.answerScroll == 3)
    }

    @Test func backspaceIsTheBackKeyAndSoAreAltLeftAndCtrlO() {
        let state = reading()
        for event in [InputEvent.key(.backspace), .key(.left, .alt), .key(.character("o"), .ctrl)] {
            #expect(Keymap.action(for: event, in: state) == .historyBack)
        }
        #expect(Keymap.action(for: .key(.right, .alt), in: state) == .historyForward)
        var fresh = TestLibrary.state(width: 120, height: 40)
        fresh.apply(.historyBack)
        #expect(fresh.message?.contains("Назад некуда") == true)
    }

    @Test func aClickOnALinkedFollowUpOpensIt() {
        var state = reading()
        state.apply(.focusNext, .focusNext)
        let lines = state.renderedAnswer.followUpLines[1]
        let content = state.layout.answerContent
        let point = Point(x: content.x + 4, y: content.y + lines.lowerBound - state.answerScroll)
        state.apply(.focusPrevious, .focusPrevious)  // no follow-up focused: the click alone does it
        state.apply(.click(point))
        #expect(state.openQuestion?.id == Self.question8)
    }

    @Test func enterOnAnUnlinkedFollowUpSearchesForIt() {
        var state = reading()
        state.apply(.focusNext)
        state.apply(.openSelected)
        #expect(state.search?.text == "Что происходит при блокирующем вызове в async функции?")
        #expect(state.mode == .typingSearch)
        #expect(state.search?.hits?.isEmpty == false)
        // Opening a result is a jump from where the search began.
        state.apply(.submitSearch)
        state.apply(.historyBack)
        #expect(state.openQuestion?.id == Self.question1)
        #expect(state.focus == .answer)
    }

    @Test func jKInTheListIsNoJumpButEnterAndSectionKeysAre() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.moveDown(1), .moveDown(1))
        #expect(state.jumps.history.back.isEmpty)
        state.apply(.openSelected)
        #expect(state.jumps.history.back.count == 1)
        state.apply(.jumpToSection(6))
        let scrolled = state.answerScroll
        #expect(scrolled > 0)
        state.apply(.historyBack)
        #expect(state.answerScroll == 0)
        #expect(state.openQuestion?.number == 3)
        state.apply(.historyBack)
        #expect(state.focus == .list)
    }

    @Test func otherHelpersCanJumpAndComeBack() {
        var state = reading()
        state.apply(.moveUp(2))
        let scroll = state.answerScroll
        state.jump(to: QuestionID(chapterID: "04-asyncio", number: 5))
        #expect(state.openQuestion?.number == 5)
        state.apply(.historyBack)
        #expect(state.openQuestion?.number == 1)
        #expect(state.answerScroll == scroll)
    }
}
