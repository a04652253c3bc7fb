/// What the last searches of one index evaluated, for the next: a query typed key by key keeps
/// its first words while the last one grows, so the next query starts with the same
/// requirements, and their scores need not be walked from the postings again (over 1000
/// chapters, `asyncio` alone is some 300,000 postings). The evaluation stops after a run of
/// requirements and goes on later from there exactly as if it had never stopped: the same
/// floating-point sums in the same order, so the results are the same to the last bit.
public struct SearchMemory: Sendable {
    /// An evaluation after its first `requirements`, with `skipped` fields left out.
    struct Snapshot: Sendable {
        var requirements: [Requirement]
        var skipped: Int
        var evaluation: Evaluation
    }

    /// The index (and the state of its notes) the snapshots were taken of.
    private var owner: (index: IndexStamp, notes: IndexStamp)?
    private(set) var snapshots: [Snapshot] = []
    /// Snapshots kept: before and after the last requirement of the latest query, and one more
    /// (the one before a key was taken back).
    static let capacity = 3

    /// Where phrases occur (`SearchIndex.phraseOccurrences`), by their words' terms: a
    /// glossary phrase ("event loop") stays in the query while the words after it are typed,
    /// and finding it merges its words' postings again at every key (about two million
    /// instructions for two common words at 1000 chapters). Emptied when it would hold more
    /// than `phraseCapacity` phrases or `occurrenceCapacity` occurrences (a phrase of common
    /// words occurs in most of a large library: the bound is on memory, not on a count), and
    /// with the snapshots when the index changes.
    private var phrases: [[[Int32]]: [SearchIndex.PhraseOccurrence]] = [:]
    private var occurrencesKept = 0
    static let phraseCapacity = 32
    /// About 2.4 MB of occurrences.
    let occurrenceCapacity: Int
    /// How many phrases were merged from their postings rather than found here.
    private(set) var phrasesMerged = 0

    public init() {
        self.init(occurrenceCapacity: 200_000)
    }

    init(occurrenceCapacity: Int) {
        self.occurrenceCapacity = occurrenceCapacity
    }

    /// The occurrences of a phrase in `index`, found once for as long as the index lasts.
    mutating func occurrences(of atoms: [[Int32]], in index: SearchIndex) -> [SearchIndex.PhraseOccurrence] {
        adopt(index)
        if let known = phrases[atoms] { return known }
        let found = index.phraseOccurrences(atoms)
        phrasesMerged += 1
        if phrases.count >= Self.phraseCapacity || occurrencesKept + found.count > occurrenceCapacity {
            phrases.removeAll(keepingCapacity: true)
            occurrencesKept = 0
        }
        guard found.count <= occurrenceCapacity else { return found }
        phrases[atoms] = found
        occurrencesKept += found.count
        return found
    }

    /// Forgets what was found in another index, or with its notes as they were.
    private mutating func adopt(_ index: SearchIndex) {
        guard owner?.index !== index.stamp || owner?.notes !== index.notes.stamp else { return }
        owner = (index.stamp, index.notes.stamp)
        snapshots = []
        phrases = [:]
        occurrencesKept = 0
    }

    /// The snapshot that covers the most of `requirements` from their start, if one does.
    mutating func resumable(for requirements: [Requirement], skipped: Int, in index: SearchIndex) -> Snapshot? {
        adopt(index)
        return snapshots
            .filter { $0.skipped == skipped && $0.requirements.count <= requirements.count
                && $0.requirements.elementsEqual(requirements.prefix($0.requirements.count)) }
            .max { $0.requirements.count < $1.requirements.count }
    }

    /// Keeps what a search evaluated, newest first, in place of older snapshots of the same requirements.
    mutating func keep(_ taken: [Snapshot]) {
        let older = snapshots.filter { old in
            !taken.contains { $0.skipped == old.skipped && $0.requirements == old.requirements }
        }
        snapshots = Array((taken.reversed() + older).prefix(SearchMemory.capacity))
    }
}

/// Tells one index, or one state of its notes, from another: a new one for each (compared by identity).
final class IndexStamp: Sendable {}

extension Requirement: Equatable {
    static func == (lhs: Requirement, rhs: Requirement) -> Bool {
        lhs.terms == rhs.terms && lhs.counts == rhs.counts && lhs.word == rhs.word && lhs.stems == rhs.stems
            && lhs.prefix == rhs.prefix && lhs.typoWord == rhs.typoWord && lhs.typoEdits == rhs.typoEdits
            && lhs.phraseWords == rhs.phraseWords
            // Filled in a dictionary's order, which two equal dictionaries need not share.
            && Set(lhs.wordTranslations) == Set(rhs.wordTranslations)
            && lhs.phrases.elementsEqual(rhs.phrases) { $0.atoms == $1.atoms && $0.weight == $1.weight }
    }
}
