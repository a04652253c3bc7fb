import Chapter
import Testing
@testable import Search

/// Searches that go on from what earlier ones evaluated (`SearchMemory`) find exactly what a
/// search from scratch finds: hits, scores to the last bit, counts and highlights.
@Suite struct SearchMemoryTests {
    /// Each judged query of chapter 04 typed key by key, then taken back two keys and typed on.
    static let typed: [String] = {
        var texts: [String] = []
        for query in Chapter04QueryTests.cases.map(\.query) + ["asyncio event loop coroutine task future await gather"] {
            let characters = Array(query)
            for end in 1...characters.count { texts.append(String(characters[..<end])) }
            if characters.count > 4 {
                texts.append(String(characters.dropLast(2)))
                texts.append(query)
            }
        }
        return texts
    }()

    @Test func typingKeyByKeyFindsWhatASearchFromScratchFinds() throws {
        let index = try #require(Chapter04QueryTests.index)
        var memory = SearchMemory()
        var notResumed: [String] = []
        for text in Self.typed {
            var probe = memory
            let plan = index.plan(SearchQuery(parsing: text, prefixLastWord: true), stemmer: WordStemmer())
            if probe.resumable(for: plan.requirements, skipped: 0, in: index) == nil { notResumed.append(text) }
            let remembered = index.search(text, limit: 200, snippetLimit: 3, titleRangeLimit: 64, prefixLastWord: true, memory: &memory)
            let fresh = index.search(text, limit: 200, snippetLimit: 3, titleRangeLimit: 64, prefixLastWord: true)
            #expect(remembered == fresh, "\(text)")
        }
        // The memory was used, not only filled: once its first word is complete, each key of
        // the long query goes on from a snapshot.
        #expect(notResumed.filter { $0.hasPrefix("asyncio ") && $0.count > 8 } == [])
        #expect(memory.snapshots.count == SearchMemory.capacity)
    }

    @Test func aQueryOfSeveralWordsGoesOnFromItsFirstWords() throws {
        let index = try #require(Chapter04QueryTests.index)
        var memory = SearchMemory()
        _ = index.search("event loop ", prefixLastWord: true, memory: &memory)
        let plan = index.plan(SearchQuery(parsing: "event loop ", prefixLastWord: true), stemmer: WordStemmer())
        let same = memory.resumable(for: plan.requirements, skipped: 0, in: index)
        #expect(same?.requirements.count == 2)
        let longer = index.plan(SearchQuery(parsing: "event loop sem", prefixLastWord: true), stemmer: WordStemmer())
        let extended = memory.resumable(for: longer.requirements, skipped: 0, in: index)
        #expect(extended?.requirements.count == 2)
        // Left-out fields are another evaluation.
        let otherFields = memory.resumable(for: plan.requirements, skipped: 1, in: index)
        #expect(otherFields == nil)
    }

    @Test func aPhraseIsFoundOnceWhileItsLastWordIsTyped() throws {
        let index = try #require(Chapter04QueryTests.index)
        var memory = SearchMemory()
        // "event loop" is a glossary phrase: each key of its last word evaluates that word
        // again, the phrase with it.
        _ = index.search("asyncio event l", prefixLastWord: true, memory: &memory)
        let merged = memory.phrasesMerged
        #expect(merged > 0)
        for text in ["asyncio event lo", "asyncio event loo", "asyncio event loop"] {
            let remembered = index.search(text, prefixLastWord: true, memory: &memory)
            #expect(remembered == index.search(text, prefixLastWord: true), "\(text)")
        }
        #expect(memory.phrasesMerged == merged)
    }

    @Test func aPhraseOccurringMoreThanTheMemoryHoldsIsNotKept() throws {
        let index = Fixtures.index([Fixtures.question(1, "alpha gather tasks here"), Fixtures.question(2, "bravo gather tasks too")])
        var small = SearchMemory(occurrenceCapacity: 1)
        var ample = SearchMemory(occurrenceCapacity: 2)
        // Another first word each time: nothing of the second search resumes from the first.
        for query in ["alpha \"gather tasks\"", "bravo \"gather tasks\""] {
            #expect(index.search(query, memory: &small) == index.search(query))
            #expect(index.search(query, memory: &ample) == index.search(query))
        }
        // Two occurrences (one a question): kept by the memory that holds two, merged anew by the other.
        #expect(ample.phrasesMerged == 1)
        #expect(small.phrasesMerged == 2)
    }

    @Test func anotherIndexsPhrasesAreFoundAgain() throws {
        let first = Fixtures.index([Fixtures.question(1, "gather tasks here"), Fixtures.question(2, "tasks gather")])
        let second = Fixtures.index([Fixtures.question(1, "tasks only"), Fixtures.question(2, "we gather tasks")])
        var memory = SearchMemory()
        let query = "\"gather tasks\""
        #expect(first.search(query, memory: &memory).hits.map(\.questionID.number) == [1])
        let again = second.search(query, memory: &memory)
        #expect(again == second.search(query))
        #expect(again.hits.map(\.questionID.number) == [2])
    }

    @Test func aChangedNoteIsSearchedAgainNotRemembered() throws {
        var index = try #require(Chapter04QueryTests.index)
        var memory = SearchMemory()
        let query = "asyncio зеброид"
        let before = index.search(query, limit: 50, prefixLastWord: true, memory: &memory)
        let id = try #require(before.hits.last?.questionID)
        index.setNote("зеброид зеброид", for: id)
        let remembered = index.search(query, limit: 50, prefixLastWord: true, memory: &memory)
        #expect(remembered == index.search(query, limit: 50, prefixLastWord: true))
        #expect(remembered.hits.first?.questionID == id)
        #expect(remembered != before)
    }

    @Test func anotherIndexIsSearchedAgainNotRemembered() throws {
        let first = Fixtures.index([Fixtures.question(1, "gather results"), Fixtures.question(2, "gather tasks")])
        let second = Fixtures.index([Fixtures.question(1, "tasks only"), Fixtures.question(2, "gather tasks")])
        var memory = SearchMemory()
        _ = first.search("gather tasks", memory: &memory)
        #expect(second.search("gather tasks", memory: &memory) == second.search("gather tasks"))
    }
}
