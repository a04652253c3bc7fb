/// Query words that stand together in a question's text (in the same paragraph, a few words
/// apart, best of all in the query's order) say more than the same words scattered.
extension SearchIndex {
    /// How much a question whose every pair of neighbouring query words stands together gains.
    static let proximityBoost: Float = 0.3
    /// Words at most this far apart count as near; units are further apart than this.
    static let nearDistance: Int32 = 3

    /// Per neighbouring pair of query words (a stop word pairs with a content word, never with
    /// another stop word), the terms each matches as written, by stem or by translation.
    func proximityPairs(_ plan: QueryPlan) -> [(first: [Int32], second: [Int32])] {
        var pairs: [(first: [Int32], second: [Int32])] = []
        let words = plan.sequence
        for index in words.indices.dropLast() {
            let (first, second) = (words[index], words[index + 1])
            guard !first.terms.isEmpty, !second.terms.isEmpty, !(first.isStopWord && second.isStopWord) else { continue }
            pairs.append((first.terms, second.terms))
        }
        return pairs
    }

    /// The share of the pairs that stand together in a question: 1 for a pair in the query's
    /// order side by side, 0.6 for one a few words apart.
    func proximity(of document: Int32, _ pairs: [(first: [Int32], second: [Int32])]) -> Float {
        var total: Float = 0
        for pair in pairs {
            let first = positions(of: pair.first, in: document)
            let second = positions(of: pair.second, in: document)
            guard !first.isEmpty && !second.isEmpty else { continue }
            var best: Float = 0
            var index = 0
            for position in first {
                while index < second.count && second[index] < position - SearchIndex.nearDistance { index += 1 }
                var probe = index
                while probe < second.count && second[probe] <= position + SearchIndex.nearDistance {
                    best = max(best, second[probe] == position + 1 ? 1 : 0.6)
                    probe += 1
                }
                if best == 1 { break }
            }
            total += best
        }
        return total / Float(pairs.count)
    }

    /// Where any of the terms occurs in a question, ascending; the follow-up list is left out, as
    /// the questions it lists are answered elsewhere.
    private func positions(of terms: [Int32], in document: Int32) -> [Int32] {
        var found: [Int32] = []
        let followUp = UInt8(SearchField.followUp.rawValue)
        for term in terms {
            for posting in postings(of: term, in: document) where postings.field[posting] != followUp {
                found.append(contentsOf: postings.positions[Int(postings.positionStart[posting])..<Int(postings.positionStart[posting + 1])])
            }
        }
        return found.sorted()
    }
}
