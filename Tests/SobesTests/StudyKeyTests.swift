import Chapter
import Testing
@testable import sobes

@Suite struct StudyKeyTests {
    private func question(_ title: String, number: Int = 1) -> Question {
        Question(id: QuestionID(chapterID: "04-asyncio", number: number), title: title, line: 1, sections: [])
    }

    @Test(arguments: [
        ("Как работает event loop в asyncio?", "как работает event loop в asyncio"),
        ("Вопрос 6: Ёлка и ЁЖ — «что»?!", "елка и еж что"),
        ("  Что такое\tasyncio.gather   vs  wait?  ", "что такое asynciogather vs wait"),
        ("Question 12. GIL: what (and why)?", "gil what and why"),
        ("C++ и C# — async/await", "c++ и c# asyncawait"),
        ("е\u{0308}лка", "елка"),
    ])
    func normalisesTheTitle(title: String, key: String) {
        #expect(studyKey(for: question(title)) == key)
    }

    /// The number is not part of the key: a renumbered question keeps its reviews.
    @Test func theNumberDoesNotMatter() {
        #expect(studyKey(for: question("Как работает event loop?", number: 1))
                == studyKey(for: question("Как работает event loop?", number: 9)))
        #expect(studyKey(for: question("Вопрос про вопрос 5: да")) == "вопрос про вопрос 5 да")
    }
}
