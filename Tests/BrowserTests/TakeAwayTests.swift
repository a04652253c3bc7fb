import Chapter
import Study
import Testing
@testable import Browser

/// `Y` copies the question, `x` asks the runtime for a study sheet of the list.
@Suite struct TakeAwayTests {
    @Test func capitalYCopiesTheTitleAndTheShortAnswer() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.moveDown(1))
        let effects = update(&state, .copyQuestion)
        let question = try #require(state.openQuestion)
        guard case .copyToClipboard(let text)? = effects.first else { Issue.record("no copy: \(effects)"); return }
        let short = try #require(question.section(.shortAnswer)?.blocks.first?.content)
        guard case .paragraph(let inlines) = short else { Issue.record("the short answer is not a paragraph"); return }
        #expect(text.hasPrefix(question.title + "\n\n" + inlines.plainText))
        #expect(!text.contains("**") && !text.contains("`"), "plain text, no Markdown")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(state.message == "Скопированы вопрос и короткий ответ: \(lines) \(russianPlural(lines, "строка", "строки", "строк"))")
        #expect(state.screenText.contains("Скопированы вопрос и короткий ответ"))
    }

    @Test func theKeysReachTheirActions() {
        let state = TestLibrary.state(width: 120, height: 40)
        #expect(Keymap.action(for: .character("Y"), in: state) == .copyQuestion)
        #expect(Keymap.action(for: .character("x"), in: state) == .exportList)
    }

    @Test func xExportsTheOpenChapterWithNotesAndCards() throws {
        var state = TestLibrary.state(width: 120, height: 40)
        let chapter = try #require(state.chapter)
        let noted = chapter.questions[1].id
        state.notes.texts[noted] = "моя заметка"
        state.study.cards[noted] = Card.new
        state.apply(FakeClock.tick(seconds: 0))
        let effects = update(&state, .exportList)
        guard case .exportSheet(let ids, let notes, let cards, let fileName, let time)? = effects.first else {
            Issue.record("no export: \(effects)"); return
        }
        #expect(ids == chapter.questions.map(\.id))
        #expect(notes[noted] == "моя заметка" && cards[noted] == Card.new)
        #expect(fileName == "sobes-04-asyncio-20261201-1000.md")
        #expect(time == FakeClock.wallAtStart)
        update(&state, .sheetExported(path: "/home/r/sobes-04-asyncio-20261201-1000.md", count: 10))
        #expect(state.message == "Шпаргалка (10 вопросов): /home/r/sobes-04-asyncio-20261201-1000.md")
        update(&state, .sheetNotExported("/ro: Permission denied"))
        #expect(state.message == "Шпаргалка не записана: /ro: Permission denied")
    }

    @Test func xDuringASearchExportsTheResults() {
        var state = TestLibrary.state(width: 120, height: 40)
        state.apply(.startSearch)
        state.type("семафор")
        state.apply(.submitSearch)
        let hits = state.listEntries
        #expect(!hits.isEmpty && hits.count < state.questions.count)
        guard case .exportSheet(let ids, _, _, let fileName, _)? = update(&state, .exportList).first else {
            Issue.record("no export"); return
        }
        #expect(ids == hits)
        #expect(fileName.hasPrefix("sobes-search-"))
    }

    @Test func fileStampsAreUTCDates() {
        #expect(fileStamp(Instant(millisecondsSince1970: 0)) == "19700101-0000")
        #expect(fileStamp(Instant(millisecondsSince1970: 951_782_400_000 + 3_540_000)) == "20000229-0059")
        #expect(fileStamp(Instant(millisecondsSince1970: 1_796_119_200_000)) == "20261201-1000")
    }
}
