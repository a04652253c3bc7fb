import Chapter
import Screen
import Testing
@testable import Browser

/// Short code and diagrams read where they stand; longer examples are placeholders that
/// open the code pane, and the one it shows is marked.
@Suite struct InlineCodeTests {
    static let markdown = """
        # 09. Проверка
        ## Вопрос 1: Как устроен конвейер?
        ### Детальный разбор
        Коротко:
        ```python
        total = sum(values)
        print(total)
        ```
        Схема:
        ```
        [reader] --> [parser] --> [index]
            |                        |
            +------> [cache] <-------+
        ```
        Длинный пример:
        ```python
        \((1...20).map { "step_\($0) = run(\($0))" }.joined(separator: "\n"))
        ```
        Широкая схема:
        ```text
        \(String(repeating: "=", count: 150))
        ```

        """

    static func library() throws -> Library {
        Library(chapters: [try ChapterParser.parse(markdown, chapterID: "09-check")])
    }

    @Test func shortCodeAndNarrowDiagramsShowInTheAnswer() throws {
        let question = try #require(try Self.library().chapters.first?.questions.first)
        let answer = AnswerRenderer(theme: .fallback, code: .placeholder).render(question, width: 70)
        #expect(answer.inlineCodeBlocks == [0, 1])
        let text = answer.plainLines.joined(separator: "\n")
        #expect(text.contains("  total = sum(values)"))
        #expect(text.contains("  [reader] --> [parser] --> [index]"))
        #expect(text.contains("▸ пример кода 3/4 (python, 20 стр.)"))
        // Too wide for the answer: a placeholder, never cut.
        #expect(text.contains("▸ пример кода 4/4 (text, 1 стр.)"))
        #expect(!text.contains("step_1 = run(1)"))
    }

    @Test func inlineCodeIsHighlightedLikeTheCodePane() throws {
        let question = try #require(try Self.library().chapters.first?.questions.first)
        let answer = AnswerRenderer(theme: .fallback, code: .placeholder).render(question, width: 70)
        let line = try #require(answer.lines.first { $0.map(\.text).joined().contains("total = sum") })
        #expect(line.contains { $0.text == "sum" && $0.style == Theme.fallback.style(.builtin) })
    }

    @Test func aClickOnAPlaceholderOpensItsBlockAndTheShownOneIsMarked() throws {
        var state = AppState(library: try Self.library(), size: Size(width: 120, height: 40))
        state.notes.isLoaded = true
        state.refreshLayout()
        // The answer shows blocks 1 and 2 itself: the code pane opens on the third.
        #expect(state.codeBlockIndex == 2)
        let line = state.renderedAnswer.codeBlockLines[3]
        let content = state.layout.answerContent
        state.apply(.click(Point(x: content.x + 2, y: content.y + line - state.answerScroll)))
        #expect(state.codeBlockIndex == 3)
        #expect(state.focus == .code)
        let buffer = render(state)
        let marked = buffer[content.x, content.y + line - state.answerScroll].style
        #expect(marked.foreground == Theme.fallback.style(.placeholderCurrent).foreground)
        let other = state.renderedAnswer.codeBlockLines[2] - state.answerScroll
        #expect(buffer[content.x, content.y + other].style.foreground == Theme.fallback.style(.placeholder).foreground)
    }

    /// The library read whole after the first frame lays the answer out again: the block the
    /// reader chose stays, even one the answer shows inline (it once went back to the example).
    @Test func aChosenInlineBlockStaysWhenTheLibraryArrives() throws {
        var state = AppState(library: try Self.library(), size: Size(width: 120, height: 40))
        state.notes.isLoaded = true
        state.refreshLayout()
        #expect(state.codeBlockIndex == 2)
        state.apply(.previousCodeBlock)
        #expect(state.codeBlockIndex == 1)
        _ = update(&state, .libraryLoaded(state.library))
        #expect(state.codeBlockIndex == 1)
    }

    @Test func enterInTheAnswerOpensTheExampleInView() throws {
        var state = AppState(library: try Self.library(), size: Size(width: 120, height: 40))
        state.notes.isLoaded = true
        state.apply(.focusNext)
        #expect(state.focus == .answer)
        state.selectCodeBlock(0)
        state.apply(.openSelected)
        #expect(state.codeBlockIndex == 2, "the first placeholder in view; blocks 1 and 2 read inline")
        #expect(state.focus == .code)
    }
}

/// Answers laid out once are reused when the reader comes back to them.
@Suite struct RecentAnswersTests {
    @Test func goingBackAndForthReusesTheLayoutAndANoteChangeLaysItOutAgain() throws {
        var state = TestLibrary.state(width: 200, height: 60)
        let first = state.renderedAnswer.plainLines
        state.apply(.moveDown(1))
        #expect(state.renderedAnswer.plainLines != first)
        state.apply(.moveUp(1))
        #expect(state.renderedAnswer.plainLines == first)
        // What the answer is made from is part of the key: a note at its end shows.
        let id = try #require(state.openQuestion?.id)
        state.size = Size(width: 100, height: 12)  // too short for the note beside the answer
        state.notes.texts[id] = "заметка к ответу"
        state.refreshLayout()
        #expect(state.renderedAnswer.plainLines.contains { $0.contains("заметка к ответу") })
    }
}
