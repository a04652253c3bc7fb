import Chapter
@testable import Search

/// Hand-made libraries for index tests.
enum Fixtures {
    static func paragraph(_ text: String) -> Block { Block(.paragraph([.text(text)]), lines: 1...1) }

    static func question(
        _ number: Int, _ title: String, chapter: String = "01-test", short: String = "", details: [Block] = [],
        code: String? = nil
    ) -> Question {
        var sections: [Section] = []
        if !short.isEmpty { sections.append(Section(kind: .shortAnswer, title: "Короткий ответ", line: 2, blocks: [paragraph(short)])) }
        var detailBlocks = details
        if let code { detailBlocks.append(Block(.code(CodeBlock(language: "python", code: code)), lines: 3...3)) }
        if !detailBlocks.isEmpty { sections.append(Section(kind: .details, title: "Детальный разбор", line: 3, blocks: detailBlocks)) }
        return Question(id: QuestionID(chapterID: chapter, number: number), title: title, line: 1, sections: sections)
    }

    static func library(_ questions: [Question], chapter: String = "01-test") -> Library {
        Library(chapters: [Chapter(id: chapter, number: 1, title: "Test", sourcePath: "\(chapter).md", questions: questions)])
    }

    static func index(_ questions: [Question], terms: String = "") -> SearchIndex {
        SearchIndex(library: library(questions), terms: TermDictionary.parse(terms))
    }

    static func numbers(_ results: SearchResults) -> [Int] { results.hits.map(\.questionID.number) }
}
