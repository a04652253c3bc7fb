import Chapter

/// The reader's notes, a small extra field per question that changes while the index stays.
/// Notes are few, so they are matched term by term at query time rather than through postings.
struct NoteIndex: Sendable {
    struct Note: Sendable {
        var text: String
        /// Folded term → occurrences.
        var counts: [String: Int32]
        var length: Int32
    }

    var notes: [Int32: Note] = [:]
    /// Every term of every note, with its stem.
    var stems: [String: String] = [:]
    var totalLength: Int = 0
    /// These notes, as opposed to the same index's notes before or after a change.
    private(set) var stamp = IndexStamp()

    var averageLength: Float { notes.isEmpty ? 1 : max(Float(totalLength) / Float(notes.count), 1) }

    mutating func set(_ text: String?, document: Int32) {
        stamp = IndexStamp()
        if let old = notes.removeValue(forKey: document) { totalLength -= Int(old.length) }
        guard let text, !text.trimmingWhitespace().isEmpty else { return }
        var counts: [String: Int32] = [:]
        var length: Int32 = 0
        for token in Tokenizer.tokens(in: text) {
            counts[token.term, default: 0] += 1
            if !token.isCompound { length += 1 }
        }
        let stemmer = WordStemmer()
        for term in counts.keys where stems[term] == nil { stems[term] = stemmer.stem(term) }
        notes[document] = Note(text: text, counts: counts, length: length)
        totalLength += Int(length)
    }
}

extension SearchIndex {
    /// Adds, replaces or (with nil or blank text) removes the reader's note on a question; the
    /// note is searched as a field of its own, and results that matched it say so.
    public mutating func setNote(_ text: String?, for id: QuestionID) {
        guard let document = document(of: id) else { return }
        notes.set(text, document: document)
    }

    /// The same for a question named by its stable key (as the notes database keys notes);
    /// nothing when the library has no such question (an orphan's note).
    public mutating func setNote(_ text: String?, forKey key: QuestionKey) {
        guard let document = documents.document(of: key) else { return }
        notes.set(text, document: document)
    }

    /// The normalised title of a question's stable key, when the index has the question.
    public func keyTitle(of id: QuestionID) -> String? {
        document(of: id).map { documents.keyTitles[Int($0)] }
    }

    /// The note text indexed for a question.
    public func note(for id: QuestionID) -> String? {
        document(of: id).flatMap { notes.notes[$0]?.text }
    }
}
