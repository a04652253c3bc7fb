import Chapter

/// Tokenizes a run of questions into occurrences (term, question+field, position) with a term
/// table of its own, so runs can be tokenized in parallel and merged.
struct ShardBuilder: TextVisitor {
    var table = TermTable()
    /// Occurrences, each question's grouped by field so a counting sort by term keeps
    /// postings ordered by question, then field, then position.
    var terms: [Int32] = []
    var positions: [Int32] = []
    /// The occurrences come in runs of one question and field: each run's key
    /// (question << 3 | field) and length.
    var runKeys: [Int32] = []
    var runLengths: [Int32] = []
    /// Per question of the shard, the number of words in each field.
    var fieldLengths: [Int32] = []
    /// Per question, how many units (title, paragraphs, cells, code blocks) it has; per unit,
    /// its first position and its field, so a match's position tells which text to quote.
    var unitCounts: [Int32] = []
    var unitStarts: [Int32] = []
    var unitFields: [UInt8] = []

    private var tokenizer = Tokenizer()
    /// The current question's occurrences in text order, grouped by field when it ends.
    private var questionTerms: [Int32] = []
    private var questionPositions: [Int32] = []
    private var questionFields: [UInt8] = []
    private var field = SearchField.title
    private var position: Int32 = 0
    /// Positions left between units so a phrase never spans two paragraphs.
    static let unitGap: Int32 = 4

    init() {}

    /// Reserves room for the occurrences of `questions` questions, judging from those seen so
    /// far, so the big arrays grow once instead of doubling (and faulting in pages) many times.
    mutating func reserve(forQuestions questions: Int) {
        guard !unitCounts.isEmpty else { return }
        let expected = terms.count * questions / unitCounts.count * 11 / 10
        terms.reserveCapacity(expected)
        positions.reserveCapacity(expected)
        runKeys.reserveCapacity(questions * SearchField.count)
        runLengths.reserveCapacity(questions * SearchField.count)
    }

    /// Adds a question as document number `document` of the whole index.
    mutating func add(_ question: Question, document: Int32) {
        position = 0
        let unitsBefore = unitStarts.count
        QuestionText.walk(question, &self)
        unitCounts.append(Int32(unitStarts.count - unitsBefore))
        questionTerms.withUnsafeBufferPointer { questionTerms in
            questionPositions.withUnsafeBufferPointer { questionPositions in
                questionFields.withUnsafeBufferPointer { questionFields in
                    for field in 0..<UInt8(SearchField.count) {
                        let key = document << 3 | Int32(field)
                        var length: Int32 = 0
                        for index in 0..<questionTerms.count where questionFields[index] == field {
                            terms.append(questionTerms[index])
                            positions.append(questionPositions[index])
                            length += 1
                        }
                        fieldLengths.append(length)
                        if length > 0 {
                            runKeys.append(key)
                            runLengths.append(length)
                        }
                    }
                }
            }
        }
        questionTerms.removeAll(keepingCapacity: true)
        questionPositions.removeAll(keepingCapacity: true)
        questionFields.removeAll(keepingCapacity: true)
    }

    mutating func beginUnit(_ field: SearchField) {
        self.field = field
        position += ShardBuilder.unitGap
        unitStarts.append(position)
        unitFields.append(UInt8(field.rawValue))
    }

    mutating func piece(_ text: String) {
        var text = text
        var tokenizer = Tokenizer()
        swap(&tokenizer, &self.tokenizer)
        defer { swap(&tokenizer, &self.tokenizer) }
        let field = UInt8(self.field.rawValue)
        let base = position
        let used = text.withUTF8 { bytes in
            tokenizer.scan(bytes) { term, offset, _, _ in
                questionTerms.append(table.intern(term))
                questionPositions.append(base + Int32(offset))
                questionFields.append(field)
            }
        }
        position += Int32(used)
    }

    /// This shard's term ids renumbered into another table, adding the terms it lacks.
    func renumbering(into other: inout TermTable) -> [Int32] {
        (0..<table.count).map { id in table.withBytes(id) { other.intern($0) } }
    }
}
