import Chapter
@testable import Export
import Study
import Testing

@Suite struct MarkdownSheetTests {
    /// A note that tries to be Markdown structure: a question, a chapter heading, a list, HTML.
    static let hostileNote = "## Вопрос 99: поддельный\n# 01. Глава\n- пункт\n1. первый\n<script>alert(1)</script> & `код` *жирно*\n---\nконец"

    func sheet(_ chapter: Chapter, library: Library, notes: [QuestionID: String] = [:],
               cards: [QuestionID: Card] = [:]) -> StudySheet {
        StudySheet(library: library, ids: chapter.questions.map(\.id), notes: notes, cards: cards, at: Fixtures.moment)
    }

    @Test(arguments: [false, true])
    func chapter04RoundTripsThroughTheLoader(full: Bool) throws {
        let chapter = Fixtures.chapter04
        let noted = chapter.questions[2].id
        let sheet = sheet(chapter, library: Fixtures.library, notes: [noted: Self.hostileNote],
                          cards: [chapter.questions[0].id: Fixtures.card(lapses: 2)])
        let markdown = MarkdownSheet.render(sheet, full: full)
        let loaded = try ChapterParser.parse(markdown, chapterID: "sheet")

        #expect(loaded.questions.count == chapter.questions.count)
        #expect(loaded.questions.map(\.title) == chapter.questions.map(\.title))
        #expect(loaded.questions.map(\.number) == chapter.questions.map(\.number))
        #expect(loaded.title == chapter.title)
        for (exported, original) in zip(loaded.questions, chapter.questions) {
            let short = try #require(exported.section(.shortAnswer))
            #expect(short.blocks.map(\.withoutLines) == original.section(.shortAnswer)?.blocks.map(\.withoutLines))
            #expect(exported.codeBlocks == original.codeBlocks, "the code of «\(original.title)» comes back exactly")
            if full {
                #expect(exported.sections.dropLast(exported.number == noted.number ? 2 : 1).map(\.title) == original.sections.map(\.title))
            }
        }
        let note = try #require(loaded.questions[2].sections.first { $0.title == SheetSections.noteTitle })
        #expect(note.blocks.count == 1, "the note is one paragraph, whatever it looks like")
        guard case .paragraph(let inlines)? = note.blocks.first?.content else { Issue.record("the note is not a paragraph"); return }
        #expect(inlines.plainText == Self.hostileNote)
        let study = try #require(loaded.questions[0].sections.last)
        #expect(study.title == SheetSections.studyTitle)
        guard case .paragraph(let state)? = study.blocks.first?.content else { Issue.record("no study state"); return }
        #expect(state.plainText.contains("На повторении: повторений 4, забыт 2 раз"))
    }

    @Test func everyShapeOfChapterRoundTripsWholeWithFull() throws {
        for chapter in Fixtures.shapesLibrary.chapters {
            let markdown = MarkdownSheet.render(sheet(chapter, library: Fixtures.shapesLibrary), full: true)
            let loaded = try ChapterParser.parse(markdown, chapterID: chapter.id)
            #expect(loaded.questions.map(\.title) == chapter.questions.map(\.title), "\(chapter.id)")
            for (exported, original) in zip(loaded.questions, chapter.questions) {
                let answer = exported.sections.dropLast()  // the study state the sheet adds
                #expect(answer.map { $0.blocks.map(\.withoutLines) } == original.sections.map { $0.blocks.map(\.withoutLines) },
                        "\(chapter.id): «\(original.title)» reads back block for block")
            }
        }
    }

    @Test func markupInTitlesAndTextIsEscaped() throws {
        let source = """
            # 07. Разметка

            ## Вопрос 1: Что делает `**kwargs` и <T> & [x]_?

            ### Короткий ответ

            Текст со *звёздами*, \\*не курсив\\*, \\# не заголовок, 1\\. не список, \\<b\\> не HTML, \\| труба.<br># после переноса строки<br>- и это не список<br>2) и это

            | a | b |
            |:--|--:|
            | `x\\|y` | **z** |

            Смотри\\![ссылка](https://example.org/a_(b)) и ![рисунок](img.png)

            - [x] готово
            - [ ] нет
              1. вложенный
              2. второй

            > цитата с ```` ``` ```` внутри

            <details><summary>Подробнее</summary>

            скрытый текст

            </details>

            ```python
            s = '```'
            ```
            """
        let chapter = try ChapterParser.parse(source, chapterID: "07-markup")
        let library = Library(chapters: [chapter])
        let markdown = MarkdownSheet.render(sheet(chapter, library: library), full: true)
        let loaded = try ChapterParser.parse(markdown, chapterID: "07-markup")
        #expect(loaded.questions.map(\.title) == chapter.questions.map(\.title))
        #expect(loaded.questions[0].sections.dropLast().map { $0.blocks.map(\.withoutLines) }
                == chapter.questions[0].sections.map { $0.blocks.map(\.withoutLines) })
    }

    @Test func questionsFromSeveralChaptersAreNumberedInOrder() throws {
        let first = Fixtures.chapter04.questions[4].id
        let other = try #require(Fixtures.shapesLibrary.chapters.first?.questions.first)
        let library = Library(chapters: [Fixtures.chapter04] + Fixtures.shapesLibrary.chapters)
        let sheet = StudySheet(library: library, ids: [first, other.id], notes: [:], cards: [:], at: Fixtures.moment)
        #expect(sheet.title == "Шпаргалка")
        let loaded = try ChapterParser.parse(MarkdownSheet.render(sheet), chapterID: "sheet")
        // Question 5 and a question 1 from elsewhere: kept as they are, being unique.
        #expect(loaded.questions.map(\.number) == [5, other.number])
        let clash = StudySheet(library: library, ids: [Fixtures.chapter04.questions[0].id, other.id], notes: [:], cards: [:], at: Fixtures.moment)
        let renumbered = try ChapterParser.parse(MarkdownSheet.render(clash), chapterID: "sheet")
        #expect(renumbered.questions.map(\.number) == [1, 2])
    }
}
