import Screen
import Search
import Testing
@testable import Browser

/// The search line in the browser: results as you type, highlights, n/N, Esc.
@Suite struct SearchUITests {
    @Test func typingShowsRankedResultsWithHighlightedTitles() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.widenList, .widenList)
        state.type("/")
        #expect(state.search?.isEditing == true)
        state.type("semaphore")
        #expect(state.openQuestion?.number == 9)
        let screen = state.screenText
        #expect(screen.contains(" /semaphore"))
        #expect(screen.contains(" 04/9 Что такое semaphore"))
        // The matched word of the title is drawn in the match style.
        let frame = render(state)
        let row = state.listRows.y
        let line = frame.line(row)
        guard let found = line.range(of: "semaphore") else { Issue.record("no title with semaphore: \(line)"); return }
        let column = line.distance(from: line.startIndex, to: found.lowerBound)
        #expect(frame.style(at: Point(x: column, y: row))?.background == state.theme.style(.searchMatch).background)
        #expect(cursorPosition(state)?.y == state.layout.list.y + 1)
    }

    @Test func aResultThatCameWithoutItsTitleMatchesIsHighlightedAllTheSame() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.widenList, .widenList)
        state.type("/")
        state.type("semaphore")
        let generation = try #require(state.search?.generation)
        let bare = TestLibrary.index.search("semaphore", titleRangeLimit: 0, prefixLastWord: true)
        #expect(bare.hits.first?.titleRanges == nil)
        _ = update(&state, .searchFinished(generation: generation, results: bare))
        let frame = render(state)
        let row = state.listRows.y
        let line = frame.line(row)
        let found = try #require(line.range(of: "semaphore"))
        let column = line.distance(from: line.startIndex, to: found.lowerBound)
        #expect(frame.style(at: Point(x: column, y: row))?.background == state.theme.style(.searchMatch).background)
    }

    @Test func resultLabelsTakeTheWidthOfTheWidestOne() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.type("/")
        state.type("asyncio")
        let hits = state.search?.hits ?? []
        #expect(hits.count > 1)
        let widest = hits.map { ListView.shortName($0.questionID, in: state).count }.max() ?? 0
        #expect(widest >= 4)  // "04/9"
        #expect(state.listLabelWidth == widest + 2 + (state.study.isLoaded ? 2 : 0))
    }

    @Test func staleResultsAreDropped() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        let effects = update(&state, .editSearch(.insert("g")))
        #expect(effects == [.search(text: "g", generation: 1)])
        update(&state, .editSearch(.insert("i")))
        update(&state, .searchFinished(generation: 1, results: TestLibrary.index.search("g", prefixLastWord: true)))
        #expect(state.search?.results == nil)
    }

    @Test func enterOpensTheResultAndNMovesBetweenMatches() {
        var state = TestLibrary.state(width: 120, height: 20)
        state.type("/")
        state.type("gather")
        state.apply(.submitSearch)
        #expect(state.focus == .answer)
        #expect(state.search?.isEditing == false)
        let question = state.openQuestion?.number
        state.type("n")
        state.type("n")  // the title's match, then the next one below it
        let firstMatch = state.answerScroll
        #expect(firstMatch > 0)
        let visible = state.renderedAnswer.plainLines[firstMatch..<min(firstMatch + 3, state.renderedAnswer.plainLines.count)]
        #expect(visible.contains { $0.lowercased().contains("gather") })
        state.type("n")
        #expect(state.answerScroll >= firstMatch || state.focus == .code)
        state.type("N")
        #expect(state.answerScroll <= firstMatch)
        #expect(state.openQuestion?.number == question)
    }

    @Test func escapeRestoresTheFullListOnTheFoundQuestion() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.type("/")
        state.type("pytest")
        let found = state.openQuestion?.id
        state.apply(.cancelSearch)
        #expect(state.search == nil)
        #expect(state.listEntries.count == 10)
        #expect(state.openQuestion?.id == found)
    }

    @Test func wrongLayoutIsReadAsMeantAndSaidSo() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.type("/")
        state.type("ыуьфзрщку")  // "semaphore" typed with the Russian layout on
        #expect(state.openQuestion?.number == 9)
        #expect(state.message?.contains("semaphore") == true)
    }

    @Test func backspaceToEmptyShowsTheChapterAgain() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.type("/")
        state.type("qu")
        state.apply(.editSearch(.deleteBackward), .editSearch(.deleteBackward))
        #expect(state.listEntries.count == 10)
        #expect(state.screenText.contains("Поиск"))
    }
}
