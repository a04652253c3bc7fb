/// Query words that stand together in a question's text (in the same paragraph, a few words
/// apart, best of all in the query's order) say more than the same words scattered.
extension SearchIndex {
    /// How much a question whose every pair of neighbouring query words stands together gains.
    static let proximityBoost: Float = 0.3
    /// Words at most this far apart count as near; units are further apart than this.
    static let nearDistance: Int32 = 3

    /// Neighbouring pairs of query words, as indices into the plan's word sequence: a stop word
    /// pairs with a content word, never with another stop word.
    func proximityPairs(_ plan: QueryPlan) -> [(first: Int, second: Int)] {
        let words = plan.sequence
        return words.indices.dropLast().filter { index in
            !words[index].terms.isEmpty && !words[index + 1].terms.isEmpty
                && !(words[index].isStopWord && words[index + 1].isStopWord)
        }.map { ($0, $0 + 1) }
    }

    /// The share of the pairs that stand together in a question: 1 for a pair in the query's
    /// order side by side, 0.6 for one a few words apart. Each word's positions are read once.
    func proximity(of document: Int32, _ pairs: [(first: Int, second: Int)], in plan: QueryPlan) -> Float {
        var read = [[Int32]?](repeating: nil, count: plan.sequence.count)
        func positions(_ word: Int) -> [Int32] {
            if let known = read[word] { return known }
            let found = self.positions(of: plan.sequence[word].terms, in: document)
            read[word] = found
            return found
        }
        var total: Float = 0
        for pair in pairs {
            let first = positions(pair.first)
            guard !first.isEmpty else { continue }
            let second = positions(pair.second)
            guard !second.isEmpty else { continue }
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
