import Chapter
import Testing
@testable import Search

/// An index updated for a few changed chapters is the index a whole build of the new library
/// gives: the same postings, frequencies, lengths and units for every term, and the same
/// answers to every query.
@Suite struct IndexUpdateTests {
    static let library = SearchQualityTests.library

    /// Every structure the ranking reads, by term text (a term's id is checked too).
    static func expectSame(_ updated: SearchIndex, _ built: SearchIndex, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(updated.documentCount == built.documentCount, sourceLocation: sourceLocation)
        #expect(updated.termCount == built.termCount, sourceLocation: sourceLocation)
        #expect(Array(updated.fieldNorms) == Array(built.fieldNorms), sourceLocation: sourceLocation)
        #expect(Array(updated.unitOffsets) == Array(built.unitOffsets), sourceLocation: sourceLocation)
        #expect(Array(updated.unitStarts) == Array(built.unitStarts), sourceLocation: sourceLocation)
        #expect(Array(updated.unitFields) == Array(built.unitFields), sourceLocation: sourceLocation)
        for document in 0..<Int32(built.documentCount) {
            #expect(updated.documents.id(of: document) == built.documents.id(of: document), sourceLocation: sourceLocation)
        }
        var differing: [String] = []
        for term in 0..<built.termCount {
            let text = built.vocabulary.table.term(term)
            guard let other = updated.vocabulary.table.find(text), other == Int32(term) else {
                differing.append(text)
                continue
            }
            if postings(of: Int32(term), in: built) != postings(of: other, in: updated)
                || built.vocabulary.documentFrequency[term] != updated.vocabulary.documentFrequency[Int(other)] {
                differing.append(text)
            }
        }
        #expect(differing.isEmpty, "terms whose postings differ: \(differing.prefix(10))", sourceLocation: sourceLocation)
        for query in IndexFileTests.queries {
            #expect(updated.search(query, limit: 20) == built.search(query, limit: 20), "\(query)", sourceLocation: sourceLocation)
        }
    }

    static func postings(of term: Int32, in index: SearchIndex) -> [[Int32]] {
        index.postings.range(of: term).map { posting in
            let positions = Int(index.postings.positionStart[posting])..<Int(index.postings.positionStart[posting + 1])
            return [index.postings.document[posting], Int32(index.postings.field[posting])] + index.postings.positions[positions]
        }
    }

    /// The library with one chapter's answers rewritten, a question added and one taken out.
    static func editing(_ library: Library, chapter position: Int) -> Library {
        var chapters = library.chapters
        var chapter = chapters[position]
        var first = chapter.questions[0]
        first.sections = [Section(kind: .shortAnswer, title: "Короткий ответ", line: 2, blocks: [Fixtures.paragraph("Совсем новый ответ про квокку и семафоры")])]
        chapter.questions[0] = first
        chapter.questions.remove(at: 1)
        chapter.questions.append(Fixtures.question(90, "Новый вопрос о переписанной главе", chapter: chapter.id,
                                                   short: "Добавлен в конец.", code: "print('новый')"))
        chapters[position] = chapter
        return Library(chapters: chapters)
    }

    @Test func oneEditedChapterGivesTheWholeBuild() throws {
        let library = try #require(Self.library)
        let old = SearchIndex(library: library)
        for position in [0, library.chapters.count - 1] {
            let edited = Self.editing(library, chapter: position)
            let changed: Set = [edited.chapters[position].id]
            Self.expectSame(old.updated(for: edited, changedChapters: changed), SearchIndex(library: edited))
        }
    }

    @Test func addedRemovedAndReorderedChaptersGiveTheWholeBuild() throws {
        let library = try #require(Self.library)
        let old = SearchIndex(library: library)
        var chapters = library.chapters
        let removed = chapters.remove(at: 1)
        let withoutOne = Library(chapters: chapters)
        Self.expectSame(old.updated(for: withoutOne, changedChapters: []), SearchIndex(library: withoutOne))

        let smaller = SearchIndex(library: withoutOne)
        chapters.insert(removed, at: 1)
        Self.expectSame(smaller.updated(for: library, changedChapters: []), SearchIndex(library: library))

        let reordered = Library(chapters: library.chapters.reversed())
        Self.expectSame(old.updated(for: reordered, changedChapters: []), SearchIndex(library: reordered))
    }

    /// An updated index, written and read back, updates again: the path of a cache file
    /// whose library changed twice.
    @Test func anIndexReadFromItsFileUpdatesToo() throws {
        let library = try #require(Self.library)
        let mapped = try IndexFileTests.reread(SearchIndex(library: library), library)
        let edited = Self.editing(library, chapter: 1)
        let once = mapped.updated(for: edited, changedChapters: [edited.chapters[1].id])
        Self.expectSame(once, SearchIndex(library: edited))
        Self.expectSame(try IndexFileTests.reread(once, edited).updated(for: library, changedChapters: [library.chapters[1].id]),
                        SearchIndex(library: library))
    }

    @Test func anUnchangedLibraryKeepsEveryTerm() throws {
        let library = try #require(Self.library)
        let old = SearchIndex(library: library)
        Self.expectSame(old.updated(for: library, changedChapters: []), old)
    }
}
