import Chapter
import Search
import Screen
import Testing
@testable import Browser

/// Search reaches into the code: matches there are walked with n/N and opened in the code pane.
@Suite struct SearchInCodeTests {
    /// A word of a question's code that its prose never uses, and the question.
    func codeOnlyWord() -> (String, Question)? {
        for question in TestLibrary.bundled.chapters[0].questions {
            var state = TestLibrary.state(width: 120, height: 40)
            state.showSearchTarget(question.id)
            state.refreshLayout()
            let prose = state.renderedAnswer.plainLines.joined(separator: " ").lowercased()
            for block in question.codeBlocks {
                for word in block.code.split(whereSeparator: { !($0.isLetter || $0 == "_") }) where word.count >= 12 && word.contains("_") {
                    if !prose.contains(word.lowercased()) { return (String(word), question) }
                }
            }
        }
        return nil
    }

    @Test func nAndNWalkEveryMatchOfTheAnswerAndItsCodeWithACount() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type("loop")
        state.apply(.submitSearch)
        let highlighter = try #require(state.search?.highlighter)
        let matches = state.matches(of: highlighter)
        #expect(matches.count > 2)
        #expect(matches.contains { if case .code = $0 { true } else { false } })
        for index in matches.indices {
            state.apply(.nextMatch)
            #expect(state.message == "Совпадение \(index + 1)/\(matches.count)")
            if case .code(let block, let line) = matches[index] {
                #expect(state.codeBlockIndex == block && state.focus == .code)
                #expect(state.codeLineIsVisible(line))
            }
        }
        state.apply(.nextMatch)
        #expect(state.message?.hasPrefix("Больше совпадений нет") == true)
        state.apply(.previousMatch)
        #expect(state.message == "Совпадение \(matches.count - 1)/\(matches.count)")
    }

    /// The match n went to is drawn in its own style; the others keep the match style.
    @Test func theCurrentMatchIsDrawnApartFromTheOthers() throws {
        var state = TestLibrary.state(width: 200, height: 60)
        state.apply(.startSearch)
        state.type("loop")
        state.apply(.submitSearch)
        let current = state.theme.style(.searchMatchCurrent).background
        let other = state.theme.style(.searchMatch).background
        #expect(current != other)
        // Patched onto the text's own style, a match shows by its background.
        func styles(_ buffer: Screen.Buffer) -> [Color] {
            (0..<buffer.size.height).flatMap { y in (0..<buffer.size.width).map { buffer[Point(x: $0, y: y)].style.background } }
        }
        #expect(!styles(render(state)).contains(current), "no match is current before n")
        state.apply(.nextMatch)
        let drawn = styles(render(state))
        #expect(drawn.contains(current))
        #expect(drawn.contains(other), "the other matches keep their style")
        // Another question's match is not this one's current match.
        state.apply(.focusPrevious)
        while state.focus != .list { state.apply(.focusNext) }
        state.apply(.moveDown(1))
        #expect(!styles(render(state)).contains(current))
    }

    @Test func aResultMatchedOnlyInItsCodeOpensTheCodeAtTheMatch() throws {
        let (word, question) = try #require(codeOnlyWord())
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type(word + " ")
        let row = try #require(state.listEntries.firstIndex(of: question.id))
        state.apply(.moveDown(row))
        state.apply(.submitSearch)
        let highlighter = try #require(state.search?.highlighter)
        guard case .code(let block, let line)? = state.matches(of: highlighter).first else {
            Issue.record("\(word): the first match is not in code"); return
        }
        #expect(state.codeBlockIndex == block)
        #expect(state.codeLineIsVisible(line))
    }
}

extension AppState {
    func codeLineIsVisible(_ line: Int) -> Bool {
        (codeScroll..<(codeScroll + layout.content(of: .code).height)).contains(line)
    }
}
