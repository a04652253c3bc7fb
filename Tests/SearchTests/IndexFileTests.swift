import Chapter
import Testing
@testable import Search

/// The index written as a file body and read back in place answers every query as the index
/// built in memory does (same ranked hits, scores, snippets), and damaged bodies are refused.
@Suite struct IndexFileTests {
    static let library = SearchQualityTests.library

    /// An index read back from its own file body; snippets read chapters from `library`.
    static func reread(_ index: SearchIndex, _ library: Library) throws -> SearchIndex {
        try index.fileBody().withUnsafeBytes { body in
            try SearchIndex(copyingFileBody: body, terms: TermDictionary()) { id, _ in library.chapter(id: id) }
        }
    }

    static var queries: [String] {
        SearchQualityTests.judged.map(\.query) + ["семафор", "\"event loop\"", "asyncio ефылпкщгз", "semafore", "TaskGrup", "gather wait"]
    }

    @Test func answersAsTheIndexBuiltInMemory() throws {
        let library = try #require(Self.library)
        let built = SearchIndex(library: library)
        let mapped = try Self.reread(built, library)
        #expect(mapped.documentCount == built.documentCount)
        #expect(mapped.termCount == built.termCount)
        for query in Self.queries {
            #expect(mapped.search(query, limit: 20) == built.search(query, limit: 20), "\(query)")
            let typed = String(query.dropLast())
            #expect(mapped.search(typed, limit: 200, snippetLimit: 0, prefixLastWord: true)
                    == built.search(typed, limit: 200, snippetLimit: 0, prefixLastWord: true), "\(typed)…")
        }
    }

    @Test func notesAreSearchedInAMappedIndexToo() throws {
        let library = try #require(Self.library)
        var built = SearchIndex(library: library)
        var mapped = try Self.reread(built, library)
        let question = try #require(library.allQuestions.last)
        built.setNote("заметка про семафоры и quokka", for: question.id)
        mapped.setNote("заметка про семафоры и quokka", forKey: question.key)
        let results = mapped.search("quokka семафор")
        #expect(results == built.search("quokka семафор"))
        #expect(results.hits.contains { $0.questionID == question.id && $0.matchedNote })
    }

    @Test func snippetsNeedNoModelUntilAHitIsShown() throws {
        let library = try #require(Self.library)
        let built = SearchIndex(library: library)
        let mapped = try built.fileBody().withUnsafeBytes { body in
            try SearchIndex(copyingFileBody: body, terms: TermDictionary()) { _, _ in nil }
        }
        let results = mapped.search("семафор", limit: 5)
        #expect(results.hits.map(\.questionID) == built.search("семафор", limit: 5).hits.map(\.questionID))
        #expect(results.hits.allSatisfy { $0.snippet == nil })
    }

    @Test func truncatedBodiesAreRefused() throws {
        let library = Fixtures.library([Fixtures.question(1, "Что такое семафор?", short: "Ограничивает конкурентность.", code: "sem = Semaphore(3)"),
                                        Fixtures.question(2, "Event loop", short: "Цикл событий.")])
        let body = SearchIndex(library: library).fileBody()
        for length in stride(from: 0, to: body.count, by: 8) {
            let cut = Array(body[0..<length])
            #expect(throws: IndexFileDamage.self) {
                try cut.withUnsafeBytes { try SearchIndex(copyingFileBody: $0, terms: TermDictionary()) { _, _ in nil } }
            }
        }
    }

    /// Every byte of the headers and the first columns, then every third, changed in turn (all
    /// bits, the top one or the lowest, by turns): the body is refused, or reads as an index
    /// that searches without crashing (a changed position or score is only a value).
    @Test func changedBytesNeverCrash() throws {
        let library = Fixtures.library([Fixtures.question(1, "Что такое семафор?", short: "Ограничивает конкурентность.", code: "sem = Semaphore(3)"),
                                        Fixtures.question(2, "Event loop", short: "Цикл событий.")])
        let body = SearchIndex(library: library).fileBody()
        var refused = 0
        let changes: [UInt8] = [0xFF, 0x80, 0x01]
        // The glossary's columns close the body: mostly words, where a changed byte is a changed
        // word; read below, one byte in 61 after their first 64.
        let indexEnd = body.count - Self.glossaryColumns(.glossary, fingerprint: Glossary.fingerprint).count
        let offsets = Array(0..<min(indexEnd, 512)) + Array(stride(from: 512, to: indexEnd, by: 3))
        let glossaryOffsets = Array(indexEnd..<(indexEnd + 64)) + Array(stride(from: indexEnd + 64, to: body.count, by: 61))
        for offset in offsets + glossaryOffsets {
            var damaged = body
            damaged[offset] ^= changes[offset % changes.count]
            guard let index = try? damaged.withUnsafeBytes({
                try SearchIndex(copyingFileBody: $0, terms: TermDictionary()) { id, _ in library.chapter(id: id) }
            }) else {
                refused += 1
                continue
            }
            _ = index.search("семафор \"event loop\" semafore", limit: 5)
            _ = index.search("цикл конкур", limit: 5, prefixLastWord: true)
        }
        #expect(refused > offsets.count / 3)
    }

    /// The bytes of the glossary's columns as a body ends with them.
    static func glossaryColumns(_ glossary: AnalyzedDictionary, fingerprint: UInt64) -> [UInt8] {
        var writer = IndexFileWriter(capacity: 0)
        writer.glossary(glossary, fingerprint: fingerprint)
        return writer.bytes
    }

    static func read(_ body: [UInt8], _ library: Library) throws -> SearchIndex {
        try body.withUnsafeBytes { try SearchIndex(copyingFileBody: $0, terms: TermDictionary()) { id, _ in library.chapter(id: id) } }
    }

    @Test func theStoredGlossaryIsTheOneAnalysedHere() throws {
        let library = try #require(Self.library)
        let mapped = try Self.reread(SearchIndex(library: library), library)
        let built = AnalyzedDictionary.glossary
        #expect(mapped.dictionary.groups == built.groups)
        #expect(mapped.dictionary.singleWords.mapValues { $0.map { [$0.group, $0.phrase] } } == built.singleWords.mapValues { $0.map { [$0.group, $0.phrase] } })
        #expect(mapped.dictionary.longPhrases.mapValues { $0.map { [$0.group, $0.phrase] } } == built.longPhrases.mapValues { $0.map { [$0.group, $0.phrase] } })
        for query in ["цикл событий", "семафор", "взаимоблокировка", "gil"] {
            #expect(mapped.search(query) == SearchIndex(library: library).search(query), "\(query)")
        }
    }

    /// The glossary is read from the body when the body says it is this program's (a stand-in
    /// here shows it is the one read), and analysed here when it was made from another.
    @Test func theStoredGlossaryIsUsedOnlyWhenItIsThisProgramsOwn() throws {
        let library = try #require(Self.library)
        let index = SearchIndex(library: library)
        let body = index.fileBody()
        let indexPart = Array(body.dropLast(Self.glossaryColumns(.glossary, fingerprint: Glossary.fingerprint).count))
        let standIn = AnalyzedDictionary(groups: [[.init(words: ["квокка"], stems: ["квокк"]), .init(words: ["quokka"], stems: ["quokka"])]])
        let read = try Self.read(indexPart + Self.glossaryColumns(standIn, fingerprint: Glossary.fingerprint), library)
        #expect(read.dictionary.groups == standIn.groups)
        let other = try Self.read(indexPart + Self.glossaryColumns(standIn, fingerprint: Glossary.fingerprint ^ 1), library)
        #expect(other.dictionary.groups == AnalyzedDictionary.glossary.groups)
        #expect(other.search("семафор") == index.search("семафор"))
        // The body written for another glossary is refused nowhere: only its glossary is not used.
        let older = index.fileBody(glossaryFingerprint: 0)
        #expect(try Self.read(older, library).dictionary.groups == AnalyzedDictionary.glossary.groups)
    }

    @Test func glossaryPhrasesWithoutWordsAreRefused() throws {
        let library = try #require(Self.library)
        let body = SearchIndex(library: library).fileBody()
        let indexPart = Array(body.dropLast(Self.glossaryColumns(.glossary, fingerprint: Glossary.fingerprint).count))
        var empty = AnalyzedDictionary(groups: [[.init(words: ["квокка"], stems: ["квокк"]), .init(words: ["quokka"], stems: ["quokka"])]])
        empty.groups[0].append(.init(words: [], stems: []))
        #expect(throws: IndexFileDamage.self) { try Self.read(indexPart + Self.glossaryColumns(empty, fingerprint: Glossary.fingerprint), library) }
    }
}
