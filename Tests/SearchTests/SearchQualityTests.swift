import Chapter
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Search

/// The judged query set (`JudgedQueries.tsv`) over chapter 04 and the fixture chapters of
/// `QualityLibrary/`, without the shipped `terms.tsv`: only what every library gets. Prints
/// MRR@10 per class, Sobes beside a plain BM25 (Snowball stems, stop words, ranked OR), and
/// holds the floors the issue sets.
@Suite struct SearchQualityTests {
    struct Judged: Sendable {
        var kind: String
        var query: String
        var expected: QuestionID
    }

    static let folder: String = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast()
        return components.joined(separator: "/")
    }()

    static let judged: [Judged] = {
        guard let bytes = try? readContentFile(folder + "/JudgedQueries.tsv") else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line -> Judged? in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3, let slash = columns[2].lastIndex(of: "/"),
                  let number = Int(columns[2][columns[2].index(after: slash)...]) else { return nil }
            return Judged(kind: columns[0], query: columns[1],
                          expected: QuestionID(chapterID: String(columns[2][..<slash]), number: number))
        }
    }()

    static let library: Library? = {
        guard let shipped = try? LibraryLoader.load(directory: ContentFolder.path),
              let fixtures = try? LibraryLoader.load(directory: folder + "/QualityLibrary") else { return nil }
        return Library(chapters: shipped.chapters + fixtures.chapters)
    }()

    /// The reciprocal rank of the expected question within the first ten, else 0.
    static func reciprocalRank(_ found: [QuestionID], _ expected: QuestionID) -> Double {
        guard let rank = found.prefix(10).firstIndex(of: expected) else { return 0 }
        return 1 / Double(rank + 1)
    }

    static func report(_ name: String, _ ranks: [(kind: String, rank: Double)]) -> Double {
        let overall = ranks.map(\.rank).reduce(0, +) / Double(max(ranks.count, 1))
        var line = "\(name): MRR@10 \(SearchResultsFormat.score(overall)) over \(ranks.count)"
        for kind in Set(ranks.map(\.kind)).sorted() {
            let ofKind = ranks.filter { $0.kind == kind }.map(\.rank)
            line += "; \(kind) \(SearchResultsFormat.score(ofKind.reduce(0, +) / Double(ofKind.count))) (\(ofKind.count))"
        }
        print(line)
        return overall
    }

    @Test func judgedSetCoversEveryClass() {
        let kinds = Set(Self.judged.map(\.kind))
        #expect(Self.judged.count >= 60)
        #expect(kinds == ["russian", "english", "mixed", "natural", "term", "typo", "layout", "cross-language", "follow-up", "number"])
        let library = Self.library
        #expect(library != nil)
        for judged in Self.judged {
            #expect(library?.allQuestions.contains { $0.id == judged.expected } == true, "\(judged.query) → \(judged.expected)")
        }
    }

    @Test func meetsTheQualityFloor() throws {
        let library = try #require(Self.library)
        let index = SearchIndex(library: library)
        let baseline = BaselineRanker(library: library)
        var ours: [(kind: String, rank: Double)] = []
        var plain: [(kind: String, rank: Double)] = []
        for judged in Self.judged {
            let results = index.search(judged.query, limit: 10)
            let rank = Self.reciprocalRank(results.hits.map(\.questionID), judged.expected)
            ours.append((judged.kind, rank))
            plain.append((judged.kind, Self.reciprocalRank(baseline.search(judged.query), judged.expected)))
            if rank < 1 { print("  rank \(rank == 0 ? "> 10" : String(Int(1 / rank))): [\(judged.kind)] \(judged.query) → \(judged.expected); got \(results.hits.prefix(3).map(\.questionID))") }
            // A query with a word the library has never comes back empty.
            let hasKnownWord = SearchQuery(parsing: judged.query).items.contains { item in
                guard case .word(let word) = item, !StopWords.contains(word.term) else { return false }
                return index.vocabulary.table.find(word.term) != nil
            }
            if hasKnownWord { #expect(!results.hits.isEmpty, "\(judged.query) found nothing") }
        }
        let overall = Self.report("sobes", ours)
        _ = Self.report("baseline BM25 + Snowball + stop words, OR", plain)
        #expect(overall >= 0.9)
    }
}

/// The baseline the issue measures against: each question one bag of words (title, text and code
/// alike), Snowball stems, stop words dropped, BM25 over a ranked OR of the query's words.
struct BaselineRanker {
    let ids: [QuestionID]
    let frequencies: [[String: Int]]
    let lengths: [Double]
    let documentFrequency: [String: Int]
    let averageLength: Double
    let stemmer = WordStemmer()

    init(library: Library) {
        let stemmer = WordStemmer()
        var frequencies: [[String: Int]] = []
        var documentFrequency: [String: Int] = [:]
        for question in library.allQuestions {
            var counts: [String: Int] = [:]
            for unit in QuestionText.units(of: question) {
                for stem in BaselineRanker.stems(unit.text, stemmer) { counts[stem, default: 0] += 1 }
            }
            for stem in counts.keys { documentFrequency[stem, default: 0] += 1 }
            frequencies.append(counts)
        }
        ids = library.allQuestions.map(\.id)
        self.frequencies = frequencies
        lengths = frequencies.map { Double($0.values.reduce(0, +)) }
        self.documentFrequency = documentFrequency
        averageLength = lengths.reduce(0, +) / Double(max(lengths.count, 1))
    }

    static func stems(_ text: String, _ stemmer: WordStemmer) -> [String] {
        Tokenizer.tokens(in: text).filter { !$0.isCompound && !StopWords.contains($0.term) }.map { stemmer.stem($0.term) }
    }

    func search(_ query: String) -> [QuestionID] {
        let words = Set(BaselineRanker.stems(query, stemmer))
        let count = Double(ids.count)
        var scored: [(Int, Double)] = []
        for (document, counts) in frequencies.enumerated() {
            var score = 0.0
            for word in words {
                guard let frequency = counts[word].map(Double.init) else { continue }
                let matched = Double(documentFrequency[word] ?? 0)
                let idf = log1p((count - matched + 0.5) / (matched + 0.5))
                score += idf * frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * lengths[document] / averageLength))
            }
            if score > 0 { scored.append((document, score)) }
        }
        return scored.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.prefix(10).map { ids[$0.0] }
    }
}
