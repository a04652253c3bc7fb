import Browser
import Chapter
@testable import Export
import Testing

@Suite struct HTMLSheetTests {
    static let hostile = "<script>alert('x')</script> & \"quotes\" \u{1B}]52;c;SGk=\u{07}"

    func page(_ chapter: Chapter, notes: [QuestionID: String] = [:], theme: Theme = Theme.fallback) -> String {
        let library = Library(chapters: [chapter])
        let sheet = StudySheet(library: library, ids: chapter.questions.map(\.id), notes: notes, cards: [:], at: Fixtures.moment)
        return HTMLSheet.render(sheet, theme: theme, full: true)
    }

    @Test func everythingFromTheChapterAndTheNotesIsEscaped() throws {
        let source = """
            # 09. <b>Глава</b>

            ## Вопрос 1: Зачем <script>alert(1)</script>?

            ### Короткий ответ

            Текст `<img src=x onerror=alert(1)>` и [ссылка](javascript:alert(1)) и [хорошая](https://example.org/?a=1&b=2).

            ```python
            print("<b>&amp;</b>")
            ```
            """
        let chapter = try ChapterParser.parse(source, chapterID: "09-html")
        let html = page(chapter, notes: [chapter.questions[0].id: Self.hostile])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("\u{1B}"), "no control character reaches the page")
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=2\">хорошая</a>"))
        #expect(html.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"), "code is escaped inside its spans")
    }

    @Test func pythonIsHighlightedInTheThemesColours() throws {
        let theme = Theme.fallback
        let html = page(Fixtures.chapter04, theme: theme)
        #expect(html.contains("<span class=\"tk-syntax-keyword\">async</span>"))
        let keyword = try #require(CodeHTML.css(theme.style(.keyword).foreground))
        #expect(html.contains(".tk-syntax-keyword{color:\(keyword);"))
        // The code pane's text, whole: stripping the spans gives the block back.
        let code = try #require(Fixtures.chapter04.questions[0].codeBlocks.first)
        #expect(CodeHTML.spans(code).removingTags().replacingEntities() + "\n" == code.code)
    }

    @Test func colourValuesBecomeCSS() {
        #expect(CodeHTML.css(.rgb(255, 8, 0)) == "#ff0800")
        #expect(CodeHTML.css(.indexed(196)) == "#ff0000")
        #expect(CodeHTML.css(.ansi(4)) == "#0000ee")
        #expect(CodeHTML.css(.default) == nil)
    }
}

extension String {
    func removingTags() -> String {
        var text = "", inTag = false
        for character in self {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }
}
