import Chapter
import Notes
import Screen
import Testing
@testable import Browser

/// Links, the outline and bookmarks, driven through `update` over fixture chapters that
/// link to each other, rendered into a buffer as the reader sees them.
@Suite struct NavigationTests {
    static let links: Library = try! LibraryLoader.load(directory: TestLibrary.repositoryRoot + "/Tests/ChapterTests/Fixtures/links")

    func state(width: Int = 120, height: Int = 36, hyperlinks: Bool = false, opener: Bool = false) -> AppState {
        var state = AppState(library: Self.links, theme: .monochrome, size: Size(width: width, height: height))
        state.notes.isLoaded = true
        state.navigation.hyperlinks = hyperlinks
        state.navigation.canOpenExternally = opener
        state.apply(.bookmarksLoaded([]))
        return state
    }

    // MARK: Links

    @Test func oListsTheLinksNumberedWithWhereTheyLead() {
        var state = state()
        state.apply(.openLinks)
        let screen = state.screenText
        #expect(screen.contains("1. таймауты  → 02/1"))
        #expect(screen.contains("2. раздел об ошибках  → 02/1 · Типичные ошибки"))
        #expect(screen.contains("3. документации  → https://docs.python.org/3/library/asyncio-queue.html"))
    }

    @Test func aDigitOpensALinkToAnotherChapterAtItsSection() {
        var state = state(height: 14)
        state.apply(.openLinks, .openLink(2))
        #expect(state.overlay == nil)
        #expect(state.openQuestion?.id == QuestionID(chapterID: "02-timeouts", number: 1))
        let sectionLine = state.renderedAnswer.sectionStarts[1].line
        #expect(state.answerScroll == min(sectionLine, state.renderedAnswer.lines.count - state.layout.answerContent.height))
        #expect(state.screenText.contains("02. Таймауты"))
    }

    @Test func aFollowedLinkIsAJumpBackspaceReturns() {
        var state = state(height: 14)
        let start = state.openQuestion?.id
        state.apply(.focusNext, .moveDown(1))
        let scrolled = state.answerScroll
        #expect(scrolled == 1)
        state.apply(.openLinks, .openLink(2))
        #expect(state.openQuestion?.id != start)
        state.apply(.historyBack)
        #expect(state.openQuestion?.id == start)
        #expect(state.answerScroll == scrolled)
    }

    @Test func enterOpensTheSelectedLinkAndTheReadmeIsTheTopics() {
        var state = state()
        state.apply(.openLinks, .moveDown(1), .openSelected)  // the second link of question 1
        #expect(state.openQuestion?.id == QuestionID(chapterID: "02-timeouts", number: 1))
        // Back in 01 question 2, the appendix's first link is the README.
        state.openLocation(LibraryPlace(chapterID: "01-queues", part: .question(2, section: nil)))
        let readme = state.renderedAnswer.links.firstIndex { $0.destination == "README.md" }! + 1
        state.apply(.openLink(readme))
        guard case .topics? = state.overlay else { Issue.record("the README opens the topics"); return }
    }

    @Test func aLinkToTheWebGoesToTheOpenerOrShowsItsURL() {
        var withOpener = state(opener: true)
        let effects = update(&withOpener, .openLink(3))
        #expect(effects.contains(.openExternalLink("https://docs.python.org/3/library/asyncio-queue.html")))
        var without = state(opener: false)
        #expect(!update(&without, .openLink(3)).contains { if case .openExternalLink = $0 { true } else { false } })
        #expect(without.message == "Ссылка: https://docs.python.org/3/library/asyncio-queue.html")
        #expect(without.screenText.contains("Ссылка: https://docs.python.org/3/library/asyncio-queue.html"))
    }

    @Test func aBrokenLinkSaysWhyAndGoesNowhere() {
        var state = state()
        state.openLocation(LibraryPlace(chapterID: "01-queues", part: .question(2, section: nil)))
        let broken = state.renderedAnswer.links.firstIndex { $0.destination.hasPrefix("07-missing") }! + 1
        state.apply(.openLink(broken))
        #expect(state.openQuestion?.id == QuestionID(chapterID: "01-queues", number: 2))
        #expect(state.message == "Ссылка никуда не ведёт: в библиотеке нет главы 07-missing.md")
    }

    @Test func aClickOnALinkInTheAnswerFollowsIt() throws {
        var state = state()
        state.openLocation(LibraryPlace(chapterID: "02-timeouts", part: .question(1, section: nil)))
        let lines = render(state).lines()
        let row = try #require(lines.firstIndex { $0.contains("вопрос 2 первой главы") })
        let column = try #require(lines[row].range(of: "вопрос 2 первой главы")).lowerBound
        let x = displayWidth(of: String(lines[row][..<column])) + 2
        state.apply(.click(Point(x: x, y: row)))
        #expect(state.openQuestion?.id == QuestionID(chapterID: "01-queues", number: 2))
        // A click beside the link is only a click on the pane.
        state.apply(.click(Point(x: state.layout.answerContent.x, y: state.layout.answerContent.y + 1)))
        #expect(state.openQuestion?.id == QuestionID(chapterID: "01-queues", number: 2))
    }

    @Test func hyperlinkTerminalsShowTheTextAloneAndTheFrameNamesTheURL() throws {
        var plain = state(hyperlinks: false)
        plain.apply(.focusNext)
        #expect(plain.screenText.contains("(https://docs.python.org/3/library/asyncio-queue.html)"))
        let linked = state(hyperlinks: true)
        let buffer = render(linked)
        #expect(!buffer.lines().joined().contains("(https://"))
        let row = try #require(buffer.lines().firstIndex { $0.contains("документации") })
        let column = displayWidth(of: buffer.line(row).components(separatedBy: "документации")[0])
        #expect(buffer.hyperlink(of: buffer[column + 1, row]) == "https://docs.python.org/3/library/asyncio-queue.html")
        // Links into the library are no terminal hyperlinks: Sobes opens them itself.
        let internalRow = try #require(buffer.lines().firstIndex { $0.contains("таймауты") })
        let internalColumn = displayWidth(of: String(buffer.line(internalRow).components(separatedBy: "таймауты")[0]))
        #expect(buffer[internalColumn, internalRow].style.link == 1)
        #expect(buffer.hyperlink(of: buffer[internalColumn, internalRow]) == nil)
    }

    // MARK: Outline

    @Test func theOutlineListsTheSectionsAndTheAppendixBelowTheQuestions() {
        let screen = state().screenLines
        let heading = screen.firstIndex { $0.hasPrefix(" Разделы") }
        #expect(heading != nil)
        let outline = screen[(heading ?? 0)...].prefix(6).map { String($0.prefix(30)).trimmingWhitespace() }
        #expect(outline == ["Разделы", "▸ Зачем спрашивают", "Короткий ответ", "Типичные ошибки", "См. также", ""])
    }

    @Test func theCurrentSectionFollowsTheScrollAndAClickJumps() throws {
        // Chapter 04's first answer, beside the list and the code, is long enough to scroll past its sections.
        var state = TestLibrary.state(width: 200, height: 40)
        state.apply(.moveDown(5), .focusNext)  // question 6, the longest
        state.apply(.moveDown(state.renderedAnswer.sectionStarts[2].line))
        #expect(state.screenLines.contains { $0.hasPrefix(" ▸ Детальный разбор") }, "\(state.screenText)")
        #expect(state.screenLines.contains { $0.hasPrefix("   Короткий ответ") })
        let row = try #require(state.screenLines.firstIndex { $0.hasPrefix("   Типичные ошибки") })
        state.apply(.click(Point(x: 4, y: row)))
        // The answer's end keeps the section from the top: the outline marks it all the same.
        let end = state.renderedAnswer.lines.count - state.layout.answerContent.height
        #expect(state.answerScroll == min(state.renderedAnswer.sectionStarts[4].line, end))
        #expect(state.screenLines.contains { $0.hasPrefix(" ▸ Типичные ошибки") })
        #expect(state.focus == .answer)
        // Scrolled again, the mark follows the top line.
        state.apply(.moveUp(state.answerScroll - state.renderedAnswer.sectionStarts[1].line))
        #expect(state.screenLines.contains { $0.hasPrefix(" ▸ Короткий ответ") })
    }

    @Test func theOutlineAppendixOpensTheLastQuestionAtIt() throws {
        var state = state()
        let row = try #require(state.screenLines.firstIndex { $0.hasPrefix("   См. также") })
        state.apply(.click(Point(x: 4, y: row)))
        #expect(state.openQuestion?.id == QuestionID(chapterID: "01-queues", number: 2))
        #expect(state.renderedAnswer.appendixStarts.count == 1)
    }

    @Test func noOutlineWhileTheQuestionsNeedTheRows() {
        var chapter04 = TestLibrary.state(width: 120, height: 24)
        #expect(!chapter04.screenText.contains("Разделы"))
        chapter04.size = Size(width: 120, height: 60)
        chapter04.refreshLayout()
        #expect(chapter04.screenText.contains("Разделы"))
    }

    // MARK: Bookmarks

    @Test func mMarksTheQuestionTheListShowsItAndTheWindowOpensIt() {
        var state = state()
        let effects = update(&state, .toggleBookmark)
        #expect(effects.contains(.saveBookmark(chapterID: "01-queues", questionKey: "что такое очередь с ограничением",
                                               title: "Что такое очередь с ограничением?", marked: true)))
        #expect(state.screenLines[1].hasPrefix("⚑1 "))
        #expect(!state.screenLines[3].hasPrefix("⚑"))
        state.openLocation(LibraryPlace(chapterID: "02-timeouts", part: .start))
        state.apply(.toggleBookmark, .openBookmarks)
        let screen = state.screenText
        #expect(screen.contains("01/1  Что такое очередь с ограничением?"))
        #expect(screen.contains("02/1  Как ограничить ожидание?"))
        state.apply(.openSelected)
        #expect(state.openQuestion?.id == QuestionID(chapterID: "01-queues", number: 1))
        #expect(state.overlay == nil)
    }

    @Test func mAgainTakesTheMarkAway() {
        var state = state()
        state.apply(.toggleBookmark)
        let effects = update(&state, .toggleBookmark)
        #expect(effects.contains(.saveBookmark(chapterID: "01-queues", questionKey: "что такое очередь с ограничением",
                                               title: "Что такое очередь с ограничением?", marked: false)))
        #expect(!state.screenLines[1].hasPrefix("⚑"))
        state.apply(.openBookmarks)
        #expect(state.overlay == nil)
        #expect(state.message == "Закладок нет: m отмечает вопрос")
    }

    @Test func anOrphanIsShownAsOneAndDoesNotOpen() {
        var state = state()
        state.apply(.bookmarksLoaded([
            Bookmark(key: NoteKey(chapterID: "01-queues", question: "удалённый вопрос"), title: "Удалённый вопрос", createdAt: .init(timeIntervalSince1970: 0)),
        ]))
        state.apply(.openBookmarks)
        #expect(state.screenText.contains("без вопроса: 01-queues · Удалённый вопрос"))
        state.apply(.openSelected)
        #expect(state.message == "Вопроса «Удалённый вопрос» больше нет в библиотеке")
    }

    @Test func beforeTheBookmarksAreReadNothingIsMarked() {
        var state = AppState(library: Self.links, theme: .monochrome, size: Size(width: 120, height: 36))
        #expect(update(&state, .toggleBookmark).isEmpty)
        #expect(state.message == "Закладки ещё не прочитаны")
    }
}
