import Chapter

/// Tokenizes a run of questions into occurrences (term, question+field, position) with a term
/// table of its own, so runs can be tokenized in parallel and merged.
struct ShardBuilder: TextVisitor {
    var table = TermTable()
    /// Occurrences, each question's grouped by field so a counting sort by term keeps
    /// postings ordered by question, then field, then position.
    var terms: [Int32] = []
    var keys: [Int32] = []
    var positions: [Int32] = []
    /// Per question of the shard, the number of words in each field.
    var fieldLengths: [Int32] = []
    /// Per question, how many units (title, paragraphs, cells, code blocks) it has; per unit,
    /// its first position and its field, so a match's position tells which text to quote.
    var unitCounts: [Int32] = []
    var unitStarts: [Int32] = []
    var unitFields: [UInt8] = []

    private var tokenizer = Tokenizer()
    private var fieldTerms = [[Int32]](repeating: [], count: SearchField.count)
    private var fieldPositions = [[Int32]](repeating: [], count: SearchField.count)
    private var field = SearchField.title
    private var position: Int32 = 0
    /// Positions left between units so a phrase never spans two paragraphs.
    static let unitGap: Int32 = 4

    init(expectedOccurrences: Int = 0) {
        terms.reserveCapacity(expectedOccurrences)
        keys.reserveCapacity(expectedOccurrences)
        positions.reserveCapacity(expectedOccurrences)
    }

    /// Adds a question as document number `document` of the whole index.
    mutating func add(_ question: Question, document: Int32) {
        position = 0
        let unitsBefore = unitStarts.count
        QuestionText.walk(question, &self)
        unitCounts.append(Int32(unitStarts.count - unitsBefore))
        for field in 0..<SearchField.count {
            let key = document << 3 | Int32(field)
            terms.append(contentsOf: fieldTerms[field])
            positions.append(contentsOf: fieldPositions[field])
            keys.append(contentsOf: repeatElement(key, count: fieldTerms[field].count))
            fieldLengths.append(Int32(fieldTerms[field].count))
            fieldTerms[field].removeAll(keepingCapacity: true)
            fieldPositions[field].removeAll(keepingCapacity: true)
        }
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
        let field = self.field.rawValue
        let base = position
        let used = text.withUTF8 { bytes in
            tokenizer.scan(bytes) { term, offset, _, _ in
                fieldTerms[field].append(table.intern(term))
                fieldPositions[field].append(base + Int32(offset))
            }
        }
        position += Int32(used)
    }

    /// Adds another shard's occurrences after this one's, renumbering its terms.
    mutating func append(_ other: ShardBuilder) {
        var renumbered = [Int32](repeating: 0, count: other.table.count)
        for id in 0..<other.table.count {
            renumbered[id] = other.table.withBytes(id) { table.intern($0) }
        }
        terms.reserveCapacity(terms.count + other.terms.count)
        for term in other.terms { terms.append(renumbered[Int(term)]) }
        keys.append(contentsOf: other.keys)
        positions.append(contentsOf: other.positions)
        fieldLengths.append(contentsOf: other.fieldLengths)
        unitCounts.append(contentsOf: other.unitCounts)
        unitStarts.append(contentsOf: other.unitStarts)
        unitFields.append(contentsOf: other.unitFields)
    }
}
