import Chapter
import Testing
@testable import Search

/// Search over chapters of every shape: the appendix is never a hit; footnotes, details
/// and HTML text are searched as the answer's text.
@Suite struct ChapterShapeSearchTests {
    static let index: SearchIndex = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let library = try! LibraryLoader.load(directory: parts.joined(separator: "/") + "/Tests/ChapterTests/Fixtures/shapes")
        return SearchIndex(library: library)
    }()

    func ids(_ query: String) -> [String] {
        Self.index.search(query).hits.map { $0.questionID.description }
    }

    @Test func theAppendixIsNotAHit() {
        // Only the "См. также" / "See also" / "Литература" sections hold these words.
        #expect(ids("Документация").isEmpty)
        #expect(ids("PEP 342").isEmpty)
        #expect(ids("веерной рассылке").isEmpty)
    }

    @Test func everyShapeIsFound() {
        #expect(ids("хеш-таблица") .contains("01-front-matter/1"))
        #expect(ids("знаменитостей") == ["02-system-design/3"])
        #expect(ids("lazy evaluation") == ["03-english/1"])
        #expect(ids("спрятан") == ["05-markup/1"])
        #expect(ids("сноска") == ["05-markup/1"])
        #expect(ids("диаграмма") == ["05-markup/2"])
    }
}
