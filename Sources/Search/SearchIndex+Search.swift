import Chapter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scores of every question that matched some requirement of a plan.
struct Evaluation {
    var documents: [Int32] = []
    var scores: [Float]
    var masks: [UInt32]
    var fields: [UInt8]
    var requirementCount: Int
    var completeCount = 0

    var totalCount: Int { documents.count }

    /// True when the evaluation found more than another: more questions matching every word,
    /// then more matching any.
    func findsMore(than other: Evaluation) -> Bool {
        (completeCount, totalCount) > (other.completeCount, other.totalCount)
    }
}

extension SearchIndex {
    /// Searches every question. The last word matches as a prefix unless the query ends in a
    /// space; a query typed in the wrong keyboard layout is read as meant when that finds more.
    /// At most `limit` hits come back; the first `snippetLimit` of them carry a snippet, the
    /// others get one on demand from `snippet(for:in:)`.
    public func search(_ text: String, limit: Int = 20, snippetLimit: Int = 20) -> SearchResults {
        let stemmer = WordStemmer()
        let query = SearchQuery(parsing: text)
        guard !query.isEmpty else { return .empty }
        let plan = plan(query, stemmer: stemmer)
        var best = (text: text, query: query, plan: plan, evaluation: evaluate(plan))
        // Other readings: the whole query in the other layout, and only its words that match
        // nothing switched (`asyncio ефылпкщгз` → `asyncio taskgroup`).
        var readings = [KeyboardLayout.switched(text)]
        if plan.requirements.contains(where: { !$0.hasIndexMatches }) {
            readings.append(switchingUnmatchedWords(of: text, stemmer: stemmer))
        }
        for reading in readings where reading != text && reading != best.text {
            let readingQuery = SearchQuery(parsing: reading)
            let readingPlan = self.plan(readingQuery, stemmer: stemmer)
            guard readingPlan.canMatch else { continue }
            let evaluation = evaluate(readingPlan)
            if evaluation.findsMore(than: best.evaluation) { best = (reading, readingQuery, readingPlan, evaluation) }
        }
        return results(best.evaluation, plan: best.plan, query: best.query,
                       reading: best.text == text ? .asTyped : .switchedLayout(best.text),
                       limit: limit, snippetLimit: snippetLimit)
    }

    /// The query with each space-separated part that matches nothing read in the other layout.
    private func switchingUnmatchedWords(of text: String, stemmer: WordStemmer) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { part -> String in
            let part = String(part)
            let query = SearchQuery(parsing: part)
            guard !query.isEmpty else { return part }
            let matchesNothing = self.plan(query, stemmer: stemmer).requirements.allSatisfy { !$0.hasIndexMatches }
            return matchesNothing ? KeyboardLayout.switched(part) : part
        }.joined(separator: " ")
    }

    /// Scores questions with BM25F: per requirement, each matching term's occurrences are summed
    /// over fields (field weight, length normalisation, match weight), then saturated.
    func evaluate(_ plan: QueryPlan) -> Evaluation {
        let count = questions.count
        var evaluation = Evaluation(scores: Array(repeating: 0, count: count), masks: Array(repeating: 0, count: count),
                                    fields: Array(repeating: 0, count: count), requirementCount: plan.requirements.count)
        var accumulated = [Float](repeating: 0, count: count)
        var touched: [Int32] = []
        let k1 = SearchIndex.k1
        let documentCount = Float(max(count, 1))
        for (index, requirement) in plan.requirements.enumerated() {
            accumulated.withUnsafeMutableBufferPointer { accumulated in
                evaluation.fields.withUnsafeMutableBufferPointer { fields in
                    fieldNorms.withUnsafeBufferPointer { norms in
                        postings.document.withUnsafeBufferPointer { documents in
                            postings.field.withUnsafeBufferPointer { postingFields in
                                postings.positionStart.withUnsafeBufferPointer { positionStart in
                                    for (term, weight) in requirement.terms {
                                        for posting in postings.range(of: term) {
                                            let document = Int(documents[posting])
                                            let field = Int(postingFields[posting])
                                            let frequency = Float(positionStart[posting + 1] - positionStart[posting])
                                            if accumulated[document] == 0 { touched.append(Int32(document)) }
                                            accumulated[document] += weight * frequency * norms[document * SearchField.count + field]
                                            fields[document] |= 1 << UInt8(field)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for (atoms, weight) in requirement.phrases {
                for occurrence in phraseOccurrences(atoms) {
                    let document = Int(occurrence.document)
                    if accumulated[document] == 0 { touched.append(occurrence.document) }
                    accumulated[document] += weight * Float(occurrence.count)
                        * fieldNorms[document * SearchField.count + Int(occurrence.field)]
                    evaluation.fields[document] |= 1 << occurrence.field
                }
            }
            addNoteMatches(requirement, &accumulated, &touched, &evaluation.fields)
            let matched = Float(touched.count)
            let idf = log1p((documentCount - matched + 0.5) / (matched + 0.5))
            let bit = UInt32(1) << UInt32(index)
            for document in touched {
                let document = Int(document)
                let weight = accumulated[document]
                accumulated[document] = 0
                if evaluation.masks[document] == 0 { evaluation.documents.append(Int32(document)) }
                evaluation.masks[document] |= bit
                evaluation.scores[document] += idf * weight * (k1 + 1) / (k1 + weight)
            }
            touched.removeAll(keepingCapacity: true)
        }
        let all = plan.requirements.count >= 32 ? UInt32.max : (UInt32(1) << UInt32(plan.requirements.count)) - 1
        evaluation.completeCount = evaluation.documents.reduce(0) { $0 + (evaluation.masks[Int($1)] == all ? 1 : 0) }
        return evaluation
    }

    /// Note terms the requirement matches, as a field of their own.
    private func addNoteMatches(_ requirement: Requirement, _ accumulated: inout [Float], _ touched: inout [Int32], _ fields: inout [UInt8]) {
        guard !notes.notes.isEmpty else { return }
        let noteField = SearchField.note.rawValue
        let average = notes.averageLength
        for (document, note) in notes.notes {
            var weight: Float = 0
            if !requirement.phraseWords.isEmpty {
                if requirement.phraseWords.allSatisfy({ note.counts[$0] != nil }) { weight = MatchWeight.exact }
            } else {
                for (term, count) in note.counts {
                    if let match = requirement.noteWeight(term: term, stem: notes.stems[term] ?? term) {
                        weight += match * Float(count)
                    }
                }
            }
            guard weight > 0 else { continue }
            let norm = SearchIndex.fieldWeights[noteField]
                / (1 - SearchIndex.b + SearchIndex.b * Float(note.length) / average)
            let index = Int(document)
            if accumulated[index] == 0 { touched.append(document) }
            accumulated[index] += weight * norm
            fields[index] |= 1 << UInt8(noteField)
        }
    }

    /// Where a phrase occurs: per question and field, how many times its words follow each other.
    func phraseOccurrences(_ atoms: [[Int32]]) -> [(document: Int32, field: UInt8, count: Int32)] {
        guard !atoms.isEmpty, !atoms.contains(where: \.isEmpty) else { return [] }
        // Key: question << 3 | field; value: positions where the phrase may start.
        var starts: [Int32: [Int32]] = [:]
        for term in atoms[0] {
            for posting in postings.range(of: term) {
                let key = postings.document[posting] << 3 | Int32(postings.field[posting])
                let positions = postings.positions[Int(postings.positionStart[posting])..<Int(postings.positionStart[posting + 1])]
                starts[key, default: []].append(contentsOf: positions)
            }
        }
        for offset in 1..<atoms.count where !starts.isEmpty {
            var next: [Int32: [Int32]] = [:]
            for term in atoms[offset] {
                for posting in postings.range(of: term) {
                    let key = postings.document[posting] << 3 | Int32(postings.field[posting])
                    guard let candidates = starts[key] else { continue }
                    let positions = Set(postings.positions[Int(postings.positionStart[posting])..<Int(postings.positionStart[posting + 1])])
                    let kept = candidates.filter { positions.contains($0 + Int32(offset)) }
                    if !kept.isEmpty { next[key, default: []].append(contentsOf: kept) }
                }
            }
            starts = next
        }
        return starts.map { key, positions in (key >> 3, UInt8(key & 7), Int32(Set(positions).count)) }
    }

    /// Ranks the evaluation and builds the hits: those matching every requirement first, then
    /// those matching at least half of them.
    private func results(_ evaluation: Evaluation, plan: QueryPlan, query: SearchQuery,
                         reading: QueryReading, limit: Int, snippetLimit: Int) -> SearchResults {
        let requirementCount = plan.requirements.count
        let minimum = max(1, (requirementCount + 1) / 2)
        var ranked: [(document: Int32, matched: Int, score: Float)] = []
        for document in evaluation.documents {
            let matched = evaluation.masks[Int(document)].nonzeroBitCount
            if matched >= minimum { ranked.append((document, matched, evaluation.scores[Int(document)])) }
        }
        ranked.sort { lhs, rhs in
            if lhs.matched != rhs.matched { return lhs.matched > rhs.matched }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.document < rhs.document
        }
        var noteTerms = Set<String>()
        for (document, note) in notes.notes where evaluation.fields[Int(document)] & (1 << 4) != 0 {
            for (term, _) in note.counts where plan.requirements.contains(where: {
                $0.noteWeight(term: term, stem: notes.stems[term] ?? term) != nil
            }) { noteTerms.insert(term) }
        }
        let highlighter = noteTerms.isSubset(of: plan.highlight.terms) ? plan.highlight
            : Highlighter(terms: plan.highlight.terms.union(noteTerms), phrases: plan.highlight.phrases)
        let hits = ranked.prefix(max(limit, 0)).enumerated().map { rank, entry -> SearchHit in
            let question = questions[Int(entry.document)]
            let fields = MatchedFields(rawValue: evaluation.fields[Int(entry.document)])
            return SearchHit(questionID: question.id, title: question.title, score: Double(entry.score),
                             matchedItems: entry.matched, matchesAll: entry.matched == requirementCount,
                             fields: fields, titleRanges: highlighter.ranges(in: question.title),
                             snippet: rank < snippetLimit ? snippet(for: entry.document, terms: plan.termIDs, highlighter: highlighter) : nil)
        }
        return SearchResults(query: query, reading: reading, hits: hits, totalCount: ranked.count,
                             completeCount: evaluation.completeCount, highlighter: highlighter, termIDs: plan.termIDs)
    }

    /// The snippet of a hit, for hits that came back without one.
    public func snippet(for hit: SearchHit, in results: SearchResults) -> Snippet? {
        guard let document = document(of: hit.questionID) else { return nil }
        return snippet(for: document, terms: results.termIDs, highlighter: results.highlighter)
    }
}
