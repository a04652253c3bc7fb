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
    /// Per question, the requirements it matched in its text (title, answer, notes), not only in
    /// code or in the follow-up list.
    var textMasks: [UInt32]
    var fields: [UInt8]
    var requirementCount: Int
    var completeCount = 0

    var totalCount: Int { documents.count }
}

extension SearchIndex {
    /// Searches every question: a ranked OR of the query's words (stop words left out), BM25F
    /// weighed by the share of the query a question matches and by how near its words stand.
    /// With `prefixLastWord` (the browser, while typing) the last word also matches as a prefix
    /// unless the query ends in a space. A word the library does not know, typed in the wrong
    /// keyboard layout, is read as meant. At most `limit` hits come back; the first
    /// `snippetLimit` of them carry a snippet, the others get one on demand from `snippet(for:in:)`;
    /// the first `titleRangeLimit` carry their title's matches, the others get them from
    /// `SearchResults.titleRanges(of:)`.
    public func search(_ text: String, limit: Int = 20, snippetLimit: Int = 20, titleRangeLimit: Int = .max,
                       prefixLastWord: Bool = false) -> SearchResults {
        var memory = SearchMemory()
        return search(text, limit: limit, snippetLimit: snippetLimit, titleRangeLimit: titleRangeLimit,
                      prefixLastWord: prefixLastWord, memory: &memory)
    }

    /// The same, going on from what the last searches with `memory` evaluated (the same
    /// results): for a query typed key by key, whose first words stay while the last grows.
    public func search(_ text: String, limit: Int = 20, snippetLimit: Int = 20, titleRangeLimit: Int = .max,
                       prefixLastWord: Bool = false, memory: inout SearchMemory) -> SearchResults {
        search(text, limit: limit, snippetLimit: snippetLimit, titleRangeLimit: titleRangeLimit, prefixLastWord: prefixLastWord,
               fields: Set(SearchField.allCases), memory: &memory)
    }

    /// The search over some fields only: the follow-up linker asks which question answers a
    /// question, and a follow-up list that merely asks it again says nothing of that.
    func search(_ text: String, limit: Int, snippetLimit: Int, titleRangeLimit: Int = .max, prefixLastWord: Bool,
                fields: Set<SearchField>) -> SearchResults {
        var memory = SearchMemory()
        return search(text, limit: limit, snippetLimit: snippetLimit, titleRangeLimit: titleRangeLimit,
                      prefixLastWord: prefixLastWord, fields: fields, memory: &memory)
    }

    private func search(_ text: String, limit: Int, snippetLimit: Int, titleRangeLimit: Int, prefixLastWord: Bool,
                        fields: Set<SearchField>, memory: inout SearchMemory) -> SearchResults {
        let stemmer = WordStemmer()
        let capped = SearchQuery.capped(text)
        let (reading, switches) = layoutReading(of: capped, prefixLastWord: prefixLastWord, stemmer: stemmer)
        let query = SearchQuery(parsing: reading, prefixLastWord: prefixLastWord)
        guard !query.isEmpty else { return .empty }
        var plan = plan(query, stemmer: stemmer)
        plan.analysis.layoutSwitches = switches
        return results(evaluate(plan, skipping: Set(SearchField.allCases).subtracting(fields), memory: &memory), plan: plan, query: query,
                       reading: switches.isEmpty ? .asTyped : .switchedLayout(reading),
                       limit: limit, snippetLimit: snippetLimit, titleRangeLimit: titleRangeLimit)
    }

    /// The query with each space-separated part that the library does not know, but would know
    /// in the other keyboard layout, switched (`asyncio ефылпкщгз` → `asyncio taskgroup`). A word
    /// the library or the glossary knows, or a stop word, is never switched.
    func layoutReading(of text: String, prefixLastWord: Bool, stemmer: WordStemmer) -> (String, [QueryAnalysis.LayoutSwitch]) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var switches: [QueryAnalysis.LayoutSwitch] = []
        let lastWordPart = parts.lastIndex { !$0.isEmpty }
        let read = parts.enumerated().map { index, part -> String in
            let isTyping = prefixLastWord && index == lastWordPart && index == parts.count - 1
            let words = SearchQuery.words(in: part)
            guard !words.isEmpty, !part.contains(where: { "\"«»“”„".contains($0) }),
                  !words.contains(where: { knows($0.term, stemmer: stemmer, asPrefix: isTyping) }) else { return part }
            let switched = KeyboardLayout.switched(part)
            let switchedWords = SearchQuery.words(in: switched)
            guard !switchedWords.isEmpty else { return part }
            let known = switchedWords.allSatisfy { knows($0.term, stemmer: stemmer, asPrefix: isTyping) }
            // A mistyped word in the wrong layout: switched, it is one typo away from the library.
            let nearlyKnown = !known && !words.contains { hasTypoFixes($0.term) } && switchedWords.allSatisfy { hasTypoFixes($0.term) }
            guard known || nearlyKnown else { return part }
            switches.append(QueryAnalysis.LayoutSwitch(typed: part, read: switched))
            return switched
        }
        return (read.joined(separator: " "), switches)
    }

    /// True when the library or the glossary has the word (as written or by stem), or it is a stop word.
    private func knows(_ term: String, stemmer: WordStemmer, asPrefix: Bool) -> Bool {
        if StopWords.contains(term) || vocabulary.table.find(term) != nil { return true }
        let stem = stemmer.stem(term)
        if vocabulary.stems.find(stem) != nil || dictionary.singleWords[stem] != nil { return true }
        return asPrefix && term.unicodeScalars.count >= 2 && !vocabulary.terms(withPrefix: term).isEmpty
    }

    private func hasTypoFixes(_ term: String) -> Bool {
        let scalars = term.unicodeScalars.map(\.value)
        let edits = EditDistance.allowedEdits(forLength: scalars.count)
        return edits > 0 && !vocabulary.typoCandidates(of: scalars, maxEdits: 1, limit: 1).isEmpty
    }

    /// Scores questions with BM25F: per requirement, each matching term's occurrences are summed
    /// over fields (field weight, length normalisation, match weight), then saturated. A word's
    /// rarity (IDF) counts the questions whose text (not code) it matches as written, by stem or
    /// by translation, so weaker readings (a transliteration, a related form) and examples that
    /// merely call a function add questions without making the word look common; numbers and
    /// one-character words count half. The evaluation goes on from the snapshot in `memory` that
    /// covers the most of the plan's first requirements, and leaves snapshots there for the next.
    func evaluate(_ plan: QueryPlan, skipping skippedFields: Set<SearchField> = [], memory: inout SearchMemory) -> Evaluation {
        let count = documents.count
        // A bit per field left out of the search.
        let skipped = skippedFields.reduce(0) { $0 | 1 << $1.rawValue }
        let resumed = memory.resumable(for: plan.requirements, skipped: skipped, in: self)
        var evaluation = resumed?.evaluation
            ?? Evaluation(scores: Array(repeating: 0, count: count), masks: Array(repeating: 0, count: count),
                          textMasks: Array(repeating: 0, count: count),
                          fields: Array(repeating: 0, count: count), requirementCount: 0)
        evaluation.requirementCount = plan.requirements.count
        var taken: [SearchMemory.Snapshot] = []
        var accumulated = [Float](repeating: 0, count: count)
        var isCore = [Bool](repeating: false, count: count)
        var inText = [Bool](repeating: false, count: count)
        var touched: [Int32] = []
        let documentCount = Float(max(count, 1))
        let codeField = SearchField.code.rawValue
        let followUpField = SearchField.followUp.rawValue
        for index in (resumed?.requirements.count ?? 0)..<plan.requirements.count {
            let requirement = plan.requirements[index]
            // Before the last word: the next key most often changes only that one.
            if index > 0 && index == plan.requirements.count - 1 {
                taken.append(SearchMemory.Snapshot(requirements: Array(plan.requirements[..<index]), skipped: skipped,
                                                   evaluation: evaluation))
            }
            var coreCount = 0
            // In term order: sums of floats in a dictionary's order (which differs between two
            // equal dictionaries) would differ in their last bits from one search to the next.
            let terms = requirement.terms.sorted { $0.key < $1.key }
            accumulated.withUnsafeMutableBufferPointer { accumulated in
                isCore.withUnsafeMutableBufferPointer { isCore in
                  inText.withUnsafeMutableBufferPointer { inText in
                    evaluation.fields.withUnsafeMutableBufferPointer { fields in
                        fieldNorms.withUnsafeBufferPointer { norms in
                            postings.document.withUnsafeBufferPointer { documents in
                                postings.field.withUnsafeBufferPointer { postingFields in
                                    postings.positionStart.withUnsafeBufferPointer { positionStart in
                                        for (term, weight) in terms {
                                            let core = weight >= MatchWeight.core
                                            for posting in postings.range(of: term) {
                                                let document = Int(documents[posting])
                                                let field = Int(postingFields[posting])
                                                if skipped >> field & 1 != 0 { continue }
                                                let frequency = Float(positionStart[posting + 1] - positionStart[posting])
                                                if accumulated[document] == 0 { touched.append(Int32(document)) }
                                                accumulated[document] += weight * frequency * norms[document * SearchField.count + field]
                                                fields[document] |= 1 << UInt8(field)
                                                let isText = field != codeField && field != followUpField
                                                if isText { inText[document] = true }
                                                if core && isText && !isCore[document] {
                                                    isCore[document] = true
                                                    coreCount += 1
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                  }
                }
            }
            for (atoms, weight) in requirement.phrases {
                // A glossary phrase spelled by several query words is added to each of them.
                let occurrences = memory.occurrences(of: atoms, in: self)
                for occurrence in occurrences where skipped >> Int(occurrence.field) & 1 == 0 {
                    let document = Int(occurrence.document)
                    if accumulated[document] == 0 { touched.append(occurrence.document) }
                    accumulated[document] += weight * Float(occurrence.count)
                        * fieldNorms[document * SearchField.count + Int(occurrence.field)]
                    evaluation.fields[document] |= 1 << occurrence.field
                    let isText = Int(occurrence.field) != codeField && Int(occurrence.field) != followUpField
                    if isText { inText[document] = true }
                    if weight >= MatchWeight.core && isText && !isCore[document] {
                        isCore[document] = true
                        coreCount += 1
                    }
                }
            }
            addNoteMatches(requirement, &accumulated, &touched, &evaluation.fields)
            let matched = Float(coreCount > 0 ? coreCount : touched.count)
            let idf = log1p((documentCount - matched + 0.5) / (matched + 0.5)) * (requirement.counts ? 1 : 0.5)
            let bit = UInt32(1) << UInt32(index)
            Self.fold(touched, bit: bit, idf: idf, accumulated: &accumulated, isCore: &isCore, inText: &inText, into: &evaluation)
            touched.removeAll(keepingCapacity: true)
        }
        taken.append(SearchMemory.Snapshot(requirements: plan.requirements, skipped: skipped, evaluation: evaluation))
        memory.keep(taken)
        let all = plan.requirements.count >= 32 ? UInt32.max : (UInt32(1) << UInt32(plan.requirements.count)) - 1
        evaluation.completeCount = evaluation.documents.reduce(0) { $0 + (evaluation.masks[Int($1)] == all ? 1 : 0) }
        return evaluation
    }

    /// Adds one requirement's saturated weights to the scores of the questions it touched, and
    /// clears what it accumulated for the next. Through buffer pointers: for a common word this
    /// runs over most of a large library, and each array write would otherwise check that its
    /// storage is not shared.
    private static func fold(_ touched: [Int32], bit: UInt32, idf: Float, accumulated: inout [Float], isCore: inout [Bool],
                             inText: inout [Bool], into evaluation: inout Evaluation) {
        let k1 = SearchIndex.k1
        let noteBit = UInt8(1) << UInt8(SearchField.note.rawValue)
        var added: [Int32] = []
        accumulated.withUnsafeMutableBufferPointer { accumulated in
          isCore.withUnsafeMutableBufferPointer { isCore in
            inText.withUnsafeMutableBufferPointer { inText in
              evaluation.masks.withUnsafeMutableBufferPointer { masks in
                evaluation.textMasks.withUnsafeMutableBufferPointer { textMasks in
                  evaluation.scores.withUnsafeMutableBufferPointer { scores in
                    evaluation.fields.withUnsafeBufferPointer { fields in
                        for document in touched {
                            let index = Int(document)
                            let weight = accumulated[index]
                            accumulated[index] = 0
                            isCore[index] = false
                            if masks[index] == 0 { added.append(document) }
                            masks[index] |= bit
                            // Notes are text; a note match leaves no posting, so it is told by its field bit.
                            if inText[index] || fields[index] & noteBit != 0 { textMasks[index] |= bit }
                            inText[index] = false
                            scores[index] += idf * weight * (k1 + 1) / (k1 + weight)
                        }
                    }
                  }
                }
              }
            }
          }
        }
        evaluation.documents += added
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
                for (term, count) in note.counts.sorted(by: { $0.key < $1.key }) {
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
    /// Each word's postings come ordered by question and field, so the words are joined by
    /// merging those orders, and positions by binary search: no hashing, and arrays only where
    /// the phrase goes on.
    typealias PhraseOccurrence = (document: Int32, field: UInt8, count: Int32)

    func phraseOccurrences(_ atoms: [[Int32]]) -> [PhraseOccurrence] {
        guard !atoms.isEmpty, !atoms.contains(where: \.isEmpty) else { return [] }
        // Per question and field (key: question << 3 | field), where the phrase may start.
        var starts: [(key: Int32, positions: [Int32])] = []
        let first = keyedPostings(atoms[0])
        let second = atoms.count > 1 ? keyedPostings(atoms[1]) : first
        var other = 0
        var index = 0
        while index < first.count {
            let key = first[index].key
            var end = index + 1
            while end < first.count && first[end].key == key { end += 1 }
            defer { index = end }
            var kept: [Int32] = []
            if atoms.count == 1 {
                for entry in first[index..<end] { kept.append(contentsOf: positions(ofPosting: Int(entry.posting))) }
            } else {
                while other < second.count && second[other].key < key { other += 1 }
                var otherEnd = other
                while otherEnd < second.count && second[otherEnd].key == key { otherEnd += 1 }
                guard otherEnd > other else { continue }
                for entry in first[index..<end] {
                    for start in positions(ofPosting: Int(entry.posting))
                    where second[other..<otherEnd].contains(where: { SearchIndex.sortedContains(positions(ofPosting: Int($0.posting)), start + 1) }) {
                        kept.append(start)
                    }
                }
            }
            if end - index > 1 {
                // Two terms of one word may stand at one position (an identifier and its part).
                kept.sort()
                kept = kept.enumerated().filter { $0.offset == 0 || kept[$0.offset - 1] != $0.element }.map(\.element)
            }
            if !kept.isEmpty { starts.append((key, kept)) }
        }
        for offset in 2..<max(atoms.count, 2) where !starts.isEmpty {
            let following = keyedPostings(atoms[offset])
            var next: [(key: Int32, positions: [Int32])] = []
            var cursor = 0
            for (key, positions) in starts {
                while cursor < following.count && following[cursor].key < key { cursor += 1 }
                var end = cursor
                while end < following.count && following[end].key == key { end += 1 }
                guard end > cursor else { continue }
                let kept = positions.filter { start in
                    following[cursor..<end].contains { SearchIndex.sortedContains(self.positions(ofPosting: Int($0.posting)), start + Int32(offset)) }
                }
                if !kept.isEmpty { next.append((key, kept)) }
            }
            starts = next
        }
        return starts.map { ($0.key >> 3, UInt8($0.key & 7), Int32($0.positions.count)) }
    }

    /// The postings of some terms with their question-and-field keys, in key order.
    private func keyedPostings(_ terms: [Int32]) -> [(key: Int32, posting: Int32)] {
        var entries: [(key: Int32, posting: Int32)] = []
        for term in terms {
            for posting in postings.range(of: term) {
                entries.append((postings.document[posting] << 3 | Int32(postings.field[posting]), Int32(posting)))
            }
        }
        if terms.count > 1 { entries.sort { ($0.key, $0.posting) < ($1.key, $1.posting) } }
        return entries
    }

    static func sortedContains(_ positions: Slice<Column<Int32>>, _ wanted: Int32) -> Bool {
        var low = positions.startIndex, high = positions.endIndex
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < positions.endIndex && positions[low] == wanted
    }

    private func positions(ofPosting posting: Int) -> Slice<Column<Int32>> {
        postings.positions[Int(postings.positionStart[posting])..<Int(postings.positionStart[posting + 1])]
    }

    /// How many of the best questions are re-ranked by how near the query's words stand.
    static let proximityCandidates = 50

    /// Ranks the evaluation and builds the hits: every question that matched some word, by its
    /// score times the share of the query's counted words it matched (softened, so one strong
    /// word can still beat two weak ones; a word matched only in code or follow-ups counts half),
    /// the best re-ranked by proximity.
    private func results(_ evaluation: Evaluation, plan: QueryPlan, query: SearchQuery,
                         reading: QueryReading, limit: Int, snippetLimit: Int, titleRangeLimit: Int) -> SearchResults {
        let requirementCount = plan.requirements.count
        let counted = plan.requirements.indices.filter { plan.requirements[$0].counts }
        // A question's share of the counted words: 1 for each matched in its text, 0.5 for each
        // matched only in code or the follow-up list (halves and wholes sum exactly, in any
        // order). It depends only on those two counts, so each share's coordination is worked
        // out once, not once per question.
        let countedBits = counted.reduce(UInt32(0)) { $0 | UInt32(1) << UInt32($1) }
        let countedCount = counted.count
        let coordinations: [Float] = (0...countedCount).flatMap { inText in
            (0...countedCount).map { elsewhere -> Float in
                let share = countedCount == 0 ? 1 : (Float(inText) + 0.5 * Float(elsewhere)) / Float(countedCount)
                return (share * share.squareRoot()).squareRoot()
            }
        }
        var ranked: [(document: Int32, matched: Int, score: Float)] = []
        ranked.reserveCapacity(evaluation.documents.count)
        for document in evaluation.documents {
            let mask = evaluation.masks[Int(document)]
            let textMask = evaluation.textMasks[Int(document)]
            let inText = (textMask & countedBits).nonzeroBitCount
            let elsewhere = (mask & ~textMask & countedBits).nonzeroBitCount
            let coordination = countedCount == 0 ? 1 : coordinations[inText * (countedCount + 1) + elsewhere]
            ranked.append((document, mask.nonzeroBitCount, evaluation.scores[Int(document)] * coordination))
        }
        let order: ((document: Int32, matched: Int, score: Float), (document: Int32, matched: Int, score: Float)) -> Bool = { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.document < rhs.document
        }
        let totalCount = ranked.count
        ranked = SearchIndex.best(ranked, count: max(limit, SearchIndex.proximityCandidates), by: order)
        let pairs = proximityPairs(plan)
        if !pairs.isEmpty {
            let head = min(ranked.count, SearchIndex.proximityCandidates)
            for index in 0..<head {
                ranked[index].score *= 1 + SearchIndex.proximityBoost * proximity(of: ranked[index].document, pairs, in: plan)
            }
            ranked[0..<head].sort(by: order)
        }
        var noteTerms = Set<String>()
        for (document, note) in notes.notes where evaluation.fields[Int(document)] & (1 << UInt8(SearchField.note.rawValue)) != 0 {
            for (term, _) in note.counts where plan.requirements.contains(where: {
                $0.noteWeight(term: term, stem: notes.stems[term] ?? term) != nil
            }) { noteTerms.insert(term) }
        }
        let highlighter = noteTerms.isSubset(of: plan.highlight.terms) ? plan.highlight
            : Highlighter(terms: plan.highlight.terms.union(noteTerms), phrases: plan.highlight.phrases)
        let hits = ranked.prefix(max(limit, 0)).enumerated().map { rank, entry -> SearchHit in
            let title = documents.title(of: entry.document)
            let fields = MatchedFields(rawValue: evaluation.fields[Int(entry.document)])
            return SearchHit(questionID: documents.id(of: entry.document), title: title, score: Double(entry.score),
                             matchedItems: entry.matched, matchesAll: entry.matched == requirementCount,
                             fields: fields, titleRanges: rank < titleRangeLimit ? highlighter.ranges(in: title) : nil,
                             snippet: rank < snippetLimit ? snippet(for: entry.document, terms: plan.termIDs, highlighter: highlighter) : nil)
        }
        return SearchResults(query: query, reading: reading, analysis: plan.analysis, hits: hits, totalCount: totalCount,
                             completeCount: evaluation.completeCount, highlighter: highlighter, termIDs: plan.termIDs)
    }

    /// The first `count` elements in `order`, sorted: a bounded insertion instead of sorting all
    /// the questions that matched some word (most of a large library, for a common word).
    static func best<Element>(_ elements: [Element], count: Int, by order: (Element, Element) -> Bool) -> [Element] {
        guard elements.count > count * 2 else { return elements.sorted(by: order) }
        var kept: [Element] = []
        kept.reserveCapacity(count + 1)
        for element in elements {
            if kept.count == count, let worst = kept.last, !order(element, worst) { continue }
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if order(kept[middle], element) { low = middle + 1 } else { high = middle }
            }
            kept.insert(element, at: low)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }

    /// The snippet of a hit, for hits that came back without one.
    public func snippet(for hit: SearchHit, in results: SearchResults) -> Snippet? {
        guard let document = document(of: hit.questionID) else { return nil }
        return snippet(for: document, terms: results.termIDs, highlighter: results.highlighter)
    }
}
