import Chapter
import Dispatch

/// An in-memory inverted index over every question of a library: title, sections (table cells
/// and follow-up questions included), code, and the reader's notes once set. A value: build it
/// once at load (any thread), then search it from anywhere.
public struct SearchIndex: Sendable {
    /// The questions' ids and titles, by document number; their models come from `source`.
    let documents: DocumentTable
    let source: QuestionSource
    let vocabulary: Vocabulary
    let postings: Postings
    /// Per question and field: the field's weight over its length normalisation (BM25F).
    let fieldNorms: Column<Float>
    let dictionary: AnalyzedDictionary
    /// Per question, where its units begin in `unitStarts` (one more entry than questions); per
    /// unit, its first position and field.
    let unitOffsets: Column<Int32>
    let unitStarts: Column<Int32>
    let unitFields: Column<UInt8>
    var notes = NoteIndex()
    /// This index, as opposed to another (what a `SearchMemory` was taken of).
    let stamp = IndexStamp()
    /// Names the index file this index was read from or written to (its header's checksum), so
    /// what is derived from it (the follow-ups' links) can be kept beside it; nil for an index
    /// only built in memory.
    public var fileIdentity: UInt64?
    /// The mapped file the columns are read from, when it can give its pages back.
    var mappedPages: PageReleasing?

    /// Gives the pages of the mapped file back to the system (read again when touched): what
    /// a run over the whole index (checking it at open, linking every follow-up) read stays
    /// resident otherwise.
    public func releaseMappedPages() {
        mappedPages?.releasePages()
    }

    /// Ranking constants: BM25's saturation and length normalisation, and each field's weight
    /// (title, short answer, text, code, note, follow-ups): code and follow-up lists rank below
    /// prose, since a keyword or a number in an example, or a question listed for later, says
    /// little about what the answer is about.
    static let k1: Float = 1.2
    static let b: Float = 0.75
    static let fieldWeights: [Float] = [4.0, 2.5, 1.0, 0.4, 2.0, 0.3]

    public var documentCount: Int { documents.count }
    public var termCount: Int { vocabulary.table.count }

    /// Indexes every question of the library; `terms` (the library's `terms.tsv`) extends the
    /// built-in bilingual glossary.
    public init(library: Library, terms: TermDictionary = TermDictionary()) {
        let questions = library.allQuestions
        documents = DocumentTable(chapters: library.chapters)
        source = QuestionSource(questions: questions)

        let shards = SearchIndex.tokenize(questions)
        var merged = shards[0].table
        let intoMerged = shards.indices.map { $0 == 0 ? nil : shards[$0].renumbering(into: &merged) }
        let (table, newID) = merged.inByteOrder()
        let renumbered = intoMerged.map { map in map.map { $0.map { newID[Int($0)] } } ?? newID }
        let termCount = table.count
        postings = Postings(termCount: termCount, shards: shards, renumbered: renumbered)
        var documentFrequency = [Int32](repeating: 0, count: termCount)
        for term in 0..<termCount {
            var previous: Int32 = -1
            for posting in postings.range(of: Int32(term)) where postings.document[posting] != previous {
                previous = postings.document[posting]
                documentFrequency[term] += 1
            }
        }
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(questions.count + 1)
        for shard in shards {
            for count in shard.unitCounts { offsets.append(offsets[offsets.count - 1] + count) }
        }
        unitOffsets = Column(offsets)
        unitStarts = Column(shards.flatMap(\.unitStarts))
        unitFields = Column(shards.flatMap(\.unitFields))
        fieldNorms = Column(SearchIndex.norms(fieldLengths: shards.flatMap(\.fieldLengths), documents: questions.count))
        let stemmer = WordStemmer()
        vocabulary = Vocabulary(table: table, documentFrequency: documentFrequency, stemmer: stemmer)
        dictionary = AnalyzedDictionary(libraryTerms: terms, stemmer: stemmer)
    }

    /// Tokenizes the questions, in two halves on two threads when there are many.
    private static func tokenize(_ questions: [Question]) -> [ShardBuilder] {
        guard questions.count >= 200 else {
            return [tokenize(questions, 0..<questions.count)]
        }
        let halves = [0..<questions.count / 2, questions.count / 2..<questions.count]
        let results = ShardResults(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: halves.count) { index in
            results.set(index, tokenize(questions, halves[index]))
        }
        return halves.indices.map(results.take)
    }

    private static func tokenize(_ questions: [Question], _ range: Range<Int>) -> ShardBuilder {
        var shard = ShardBuilder()
        for number in range {
            if number - range.lowerBound == 32 { shard.reserve(forQuestions: range.count) }
            shard.add(questions[number], document: Int32(number))
        }
        return shard
    }

    static func norms(fieldLengths: [Int32], documents: Int) -> [Float] {
        let fields = SearchField.count
        var totals = [Float](repeating: 0, count: fields)
        for (index, length) in fieldLengths.enumerated() { totals[index % fields] += Float(length) }
        let averages = totals.map { documents > 0 ? max($0 / Float(documents), 1) : 1 }
        return fieldLengths.enumerated().map { index, length in
            let field = index % fields
            return fieldWeights[field] / (1 - b + b * Float(length) / averages[field])
        }
    }

    /// An index read from its parts (an index file), with the glossary as the file kept it when it has it.
    init(documents: DocumentTable, source: QuestionSource, vocabulary: Vocabulary, postings: Postings, fieldNorms: Column<Float>,
         terms: TermDictionary, glossary: AnalyzedDictionary?, unitOffsets: Column<Int32>, unitStarts: Column<Int32>,
         unitFields: Column<UInt8>) {
        self.documents = documents
        self.source = source
        self.vocabulary = vocabulary
        self.postings = postings
        self.fieldNorms = fieldNorms
        self.unitOffsets = unitOffsets
        self.unitStarts = unitStarts
        self.unitFields = unitFields
        dictionary = AnalyzedDictionary(libraryTerms: terms, stemmer: WordStemmer(), glossary: glossary)
    }

    /// The document number of a question.
    func document(of id: QuestionID) -> Int32? { documents.document(of: id) }
}

/// Hands shard results from the worker threads back; each slot is written by one thread only,
/// and read after `concurrentPerform` returns.
private final class ShardResults: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<ShardBuilder?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func set(_ index: Int, _ shard: ShardBuilder) { slots[index] = shard }
    func take(_ index: Int) -> ShardBuilder {
        defer { slots[index] = nil }
        return slots[index]!
    }
}
