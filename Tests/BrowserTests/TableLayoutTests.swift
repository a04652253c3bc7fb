import Chapter
import Foundation
import Hyphenation
import Screen
import Testing
@testable import Browser

/// Tables: column widths by min-content and max-content, words broken only at hyphenation
/// points, stacked records when a grid cannot be read.
@Suite struct TableLayoutTests {
    let renderer = AnswerRenderer(theme: .monochrome, code: .placeholder)
    static let fixtures = try! LibraryLoader.load(directory: TestLibrary.repositoryRoot + "/Tests/ChapterTests/Fixtures/tables")

    func question(_ markdown: String) throws -> Question {
        try ChapterParser.parse("## Вопрос 1: Q\n### Детальный разбор\n" + markdown, chapterID: "t").questions[0]
    }

    func rendered(_ question: Question, width: Int, renderer: AnswerRenderer? = nil) -> [String] {
        ansiText((renderer ?? self.renderer).render(question, width: width).lines, color: false)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Every question with a table: chapter 04's and the fixtures'.
    static var questionsWithTables: [Question] {
        (TestLibrary.bundled.chapters + fixtures.chapters).flatMap(\.questions).filter { !$0.tables.isEmpty }
    }

    // MARK: column widths

    @Test func maxContentWidthsWhenTheyFit() {
        #expect(TableRenderer.shape(minContent: [3, 5], maxContent: [10, 20], width: 37) == .grid(widths: [10, 20]))
    }

    @Test func minContentPlusTheRestSharedByWhatEachColumnLacks() {
        // Room 20 = 27 less borders and padding; lacking 6 and 24 share the 10 spare 1:4.
        #expect(TableRenderer.shape(minContent: [4, 6], maxContent: [10, 30], width: 27) == .grid(widths: [6, 14]))
        // A column whose words are its whole text gets nothing more.
        #expect(TableRenderer.shape(minContent: [8, 5], maxContent: [8, 40], width: 33) == .grid(widths: [8, 18]))
    }

    @Test func whenWordsMustBreakTheNarrowColumnsGetAllTheyNeedFirst() {
        // Chapter 04's question 6 at 50 columns: room 37 for longest words 16, 10, 11, 15.
        #expect(TableRenderer.shape(minContent: [16, 10, 11, 15], maxContent: [16, 15, 25, 15], width: 50)
            == .grid(widths: [10, 9, 9, 9]))
        #expect(TableRenderer.shape(minContent: [3, 20], maxContent: [3, 40], width: 24) == .grid(widths: [3, 14]))
    }

    @Test func recordsWhenTheWordsExceedTheRoomByHalfOrAColumnGetsUnderSix() {
        // Longest words 52 against room 25: more than half again.
        #expect(TableRenderer.shape(minContent: [16, 10, 11, 15], maxContent: [16, 15, 25, 15], width: 38) == .records)
        // Eight columns of 7-letter words in room 47: each would get 5.
        #expect(TableRenderer.shape(minContent: Array(repeating: 7, count: 8), maxContent: Array(repeating: 9, count: 8), width: 72) == .records)
        // ...but narrow columns whose words are short are fine.
        #expect(TableRenderer.shape(minContent: Array(repeating: 3, count: 8), maxContent: Array(repeating: 3, count: 8), width: 49)
            == .grid(widths: Array(repeating: 3, count: 8)))
    }

    @Test func columnWidthsFromCellTexts() throws {
        let table = try question("""
            | Ключ | Описание |
            |---|---|
            | `max_connections` | Сколько соединений держать открытыми одновременно |
            | `timeout` | Секунды |
            """)
        // Max-content: 15 and 49 columns; it all fits at 71.
        #expect(rendered(table, width: 71).contains("│ max_connections │ Сколько соединений держать открытыми одновременно │"))
        // At 50 (room 43): min-content 15 and 13 ("одновременно" is 12, "соединений" 10... the
        // longest word is "одновременно"), the 16 spare shared by what each lacks (0 and 37).
        let grid = try #require(RenderedGrid.all(in: rendered(table, width: 50)).first)
        #expect(grid.widths == [15, 28])
        #expect(grid.columns[1].compactMap { $0 }.contains("Сколько соединений держать"))
    }

    @Test func emptyCellsAndMissingCellsKeepTheGrid() throws {
        let table = try question("""
            | A | B | C |
            |---|---|---|
            | x | | z |
            | | y |
            """)
        let lines = rendered(table, width: 40).filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") }
        #expect(lines.contains("│ x │   │ z │"))
        #expect(lines.contains("│   │ y │   │"))
        #expect(Set(lines.map { displayWidth(of: $0) }).count == 1)
    }

    @Test func controlCharactersInCellsAreShownNotObeyed() throws {
        let table = try question("| A |\n|---|\n| bell\u{07}here \u{1B}[31mred |\n")
        let text = rendered(table, width: 40).joined(separator: "\n")
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
    }

    // MARK: breaking words

    @Test func wordsBreakOnlyAtHyphenationPointsOrTheirOwnPunctuation() throws {
        var breaks = 0
        for table in Self.questionsWithTables.flatMap(\.tables) {
            let (words, code) = BreakCheck.words(of: table)
            for width in 24...120 {
                let lines = ansiText(TableRenderer(theme: .monochrome).render(table, width: width), color: false)
                    .split(separator: "\n").map(String.init)
                for grid in RenderedGrid.all(in: lines) {
                    let report = BreakCheck.check(grid, words: words, code: code)
                    #expect(report.problems.isEmpty, "at \(width): \(report.problems)\n\(lines.joined(separator: "\n"))")
                    breaks += report.breaks.count
                    for broken in report.breaks where broken.marked && !broken.hard {
                        #expect(BreakCheck.allowedPoints(in: broken.word, isCode: code.contains(broken.word)).contains(broken.offset))
                    }
                }
            }
        }
        #expect(breaks > 100, "the fixtures are meant to need breaks: \(breaks)")
    }

    @Test func theCheckFindsWhatTheOldRendererDid() {
        // Question 6 at 120x40 before: `multiproc|essing`, `Масштабиру|емость` with no mark.
        let old = [
            "┌───────────┬───────────┐",
            "│ Аспект    │ multiproc │",
            "│           │ essing    │",
            "├───────────┼───────────┤",
            "│ Масштабиру│ Масшта-   │",
            "│ емость    │ бируемость│",
            "│ Масштабир-│ x         │",
            "│ уемость   │           │",
            "└───────────┴───────────┘",
        ]
        let grid = RenderedGrid.all(in: old)[0]
        let words: [Set<String>] = [["Аспект", "Масштабируемость"], ["multiprocessing", "Масштабируемость", "x"]]
        let report = BreakCheck.check(grid, words: words, code: [])
        #expect(report.problems.count == 5, "\(report.problems)")
        #expect(report.problems.contains { $0.contains("«multiproc» is cut without a mark") })
        #expect(report.problems.contains { $0.contains("«Масштабиру» is cut without a mark") })
        #expect(report.problems.contains { $0.contains("«essing» is cut without a mark") })
        // "Масштабир-" is no hyphenation point (масшта-би-ру-емость), and "Масшта-" fitted.
        #expect(report.problems.contains { $0.contains("«Масштабируемость» broken hard after 9 though 6 fits") })
        #expect(report.breaks == [Break(word: "Масштабируемость", offset: 6, marked: true, hard: false)])
    }

    @Test func brokenPiecesJoinBackIntoTheWord() throws {
        let table = try question("| Масштабируемость | multiprocessing |\n|---|---|\n| x | y |\n")
        for width in 28...34 {
            let grid = try #require(RenderedGrid.all(in: rendered(table, width: width)).first)
            for (column, word) in ["Масштабируемость", "multiprocessing"].enumerated() {
                let pieces = Array(grid.columns[column].prefix { $0 != nil }.compactMap { $0 })
                #expect(pieces.count == 2, "\(word) at \(width): \(pieces)")
                #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("-") })
                let stems = pieces.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }
                #expect(stems.joined() == word)
                let points = Hyphenator.system.breakPoints(in: word)
                var offset = 0
                for stem in stems.dropLast() {
                    offset += stem.count
                    #expect(points.contains(offset), "\(word) broken after \(offset) at \(width)")
                }
            }
        }
    }

    @Test func withoutADictionaryWordsBreakHardAndMarked() throws {
        let missing = AnswerRenderer(theme: .monochrome, code: .placeholder, hyphenator: Hyphenator(directory: "/nonexistent"))
        let table = try question("| Масштабируемость |\n|---|\n| y |\n")
        // Room 12: with the patterns the latest point that fits (масшта-би-ру-емость), without
        // them as many letters as fit beside the mark.
        let hyphenated = try #require(RenderedGrid.all(in: rendered(table, width: 16)).first)
        #expect(hyphenated.columns[0].prefix(2) == ["Масштабиру-", "емость"])
        let hard = try #require(RenderedGrid.all(in: rendered(table, width: 16, renderer: missing)).first)
        #expect(hard.widths == [12])
        #expect(hard.columns[0].prefix(2) == ["Масштабируе-", "мость"])
    }

    // MARK: stacked records

    @Test func aTableTooWideForItsColumnsBecomesRecords() throws {
        let question = try #require(Self.fixtures.chapters[0].question(number: 2))
        let lines = rendered(question, width: 60)
        #expect(RenderedGrid.all(in: lines).isEmpty)
        let rule = String(repeating: "─", count: 60)
        let start = try #require(lines.firstIndex(of: rule))
        #expect(Array(lines[start...].prefix(10)) == [
            rule,
            "Исполнитель: ThreadPoolExecutor",
            "Процессы: нет",
            "Потоки: да",
            "Накладные расходы: низкие",
            "Сериализация: не нужна",
            "Масштабируемость: ограничена GIL",
            "Отладка: простая",
            "Когда выбирать: ввод-вывод",
            rule,
        ])
        #expect(lines.filter { $0 == rule }.count == 4)
        // Wide enough, the same table is a grid.
        #expect(RenderedGrid.all(in: rendered(question, width: 120)).count == 1)
    }

    @Test func recordsWrapWithAHangingIndentAndSkipNothing() throws {
        let table = try question("| Имя | Описание |\n|---|---|\n| `x` | очень длинное описание параметра |\n| | |\n")
        // Room 8 for longest words 3 and 9: the second column would get 5.
        let lines = rendered(table, width: 15)
        #expect(RenderedGrid.all(in: lines).isEmpty)
        let rule = String(repeating: "─", count: 15)
        let start = try #require(lines.firstIndex(of: rule))
        #expect(Array(lines[start...].prefix(9)) == [
            rule, "Имя: x", "Описание: очень", "  длинное", "  описание", "  параметра", rule, "Имя:", "Описание:",
        ])
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 15 })
    }

    @Test func aHeaderAloneIsOneRecord() throws {
        let table = try question("| Взаимоисключение | Синхронизация | Масштабируемость |\n|---|---|---|\n")
        let lines = rendered(table, width: 30)
        #expect(RenderedGrid.all(in: lines).isEmpty)
        #expect(lines.contains("Взаимоисключение"))
        #expect(lines.contains("Масштабируемость"))
    }

    // MARK: chapter 04's question 6 where the browser shows it

    @Test func question6AtTheBrowsersAnswerWidths() throws {
        let question = try #require(TestLibrary.bundled.chapters[0].question(number: 6))
        let table = try #require(question.tables.first)
        let (words, code) = BreakCheck.words(of: table)
        var widths: [Int] = []
        for size in [Size(width: 100, height: 30), Size(width: 120, height: 40)] {
            let layout = Layout(size: size, preferredListWidth: Layout.defaultListWidth, focus: .answer)
            widths.append(layout.answerContent.width)
        }
        // And the widths the issue saw it cut at (the answer pane of the old 3:2 layout).
        widths += [38, 50]
        for width in widths {
            let lines = rendered(question, width: width)
            let text = lines.joined(separator: "\n")
            for cut in ["multiproc\n", "Масштабиру\n", "соединени\n", "condition\n", "asynci\n", "Пробле\n"] {
                #expect(!text.contains(cut) && !text.contains(cut.dropLast() + " │"), "\(cut) at \(width)")
            }
            for grid in RenderedGrid.all(in: lines) {
                let report = BreakCheck.check(grid, words: words, code: code)
                #expect(report.problems.isEmpty, "at \(width): \(report.problems)")
                #expect(report.breaks.allSatisfy { !$0.hard }, "at \(width): \(report.breaks)")
            }
            var whole = text.contains("Масштабируемость") && text.contains("multiprocessing")
            for grid in RenderedGrid.all(in: lines) {
                let breaks = BreakCheck.check(grid, words: words, code: code).breaks
                whole = whole || breaks.contains { $0.word == "Масштабируемость" && !$0.hard }
            }
            #expect(whole, "at \(width)")
        }
    }

    // MARK: snapshots

    static let snapshotDirectory = TestLibrary.repositoryRoot + "/Tests/BrowserTests/Snapshots"

    @Test(arguments: [40, 60, 100])
    func fixtureTablesMatchTheirSnapshots(width: Int) throws {
        var text = ""
        for question in Self.fixtures.chapters.flatMap(\.questions) {
            let renderer = AnswerRenderer(theme: .monochrome, code: .inline(highlight: CodeStyling.highlighter(theme: .monochrome)))
            text += ansiText(renderer.render(question, width: width).lines, color: false) + "\n"
        }
        let path = Self.snapshotDirectory + "/tables-w\(width).txt"
        if ProcessInfo.processInfo.environment["SOBES_UPDATE_SNAPSHOTS"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let snapshot = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == snapshot)
    }
}
