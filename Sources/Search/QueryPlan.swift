/// How strongly each way of matching a query word counts: an exact word above a translation,
/// above a stem match, above a transliteration, above a completed prefix, a related word form
/// and a typo fix. Matches of at least `core` weight decide how rare a word is (its IDF).
enum MatchWeight {
    static let exact: Float = 1.0
    static let translation: Float = 0.75
    static let parts: Float = 0.7
    static let stem: Float = 0.6
    static let transliteration: Float = 0.55
    static let nearTransliteration: Float = 0.45
    static let prefix: Float = 0.4
    static let related: Float = 0.35
    static let typo: Float = 0.3
    static let secondTypo: Float = 0.2
    static let core: Float = stem
}

/// What one query word or phrase matches: weighted index terms and weighted phrases, and the
/// same rules in a form that tests a note's words.
struct Requirement {
    var terms: [Int32: Float] = [:]
    var phrases: [(atoms: [[Int32]], weight: Float)] = []
    /// False for numbers and one-character words: they rank, but do not count toward the share of
    /// the query a question matches.
    var counts = true

    /// For notes: the word itself, stems (own and translated) with their weights, the prefix
    /// being typed, and the word for typo checks.
    var word: String?
    var stems: [String: Float] = [:]
    var prefix: String?
    var typoWord: [UInt32]?
    var typoEdits = 0
    /// For a quoted phrase, its words (a note matches when it has them all).
    var phraseWords: [String] = []
    /// Terms that only the word's own one-word translations brought in (событие → event): a
    /// glossary phrase the query spells (цикл событий → event loop) replaces them, so one
    /// occurrence does not count twice.
    var wordTranslations: [Int32] = []

    /// True when some index term or some phrase (all of whose words exist) can match.
    var hasIndexMatches: Bool {
        !terms.isEmpty || phrases.contains { !$0.atoms.contains(where: \.isEmpty) }
    }

    /// True when the word matches as written, by stem, or by a translation.
    var hasCoreMatches: Bool {
        terms.values.contains { $0 >= MatchWeight.core }
            || phrases.contains { $0.weight >= MatchWeight.core && !$0.atoms.contains(where: \.isEmpty) }
    }

    mutating func add(_ term: Int32, _ weight: Float) {
        if weight > terms[term] ?? 0 { terms[term] = weight }
    }

    /// The weight a note's term matches with, if it does.
    func noteWeight(term: String, stem: String) -> Float? {
        if term == word { return MatchWeight.exact }
        var best: Float = 0
        if let weight = stems[stem] { best = weight }
        if let prefix, term.hasPrefix(prefix) { best = max(best, MatchWeight.prefix) }
        if best == 0, let typoWord, typoEdits > 0 {
            let scalars = term.unicodeScalars.map(\.value)
            if let edits = EditDistance.distance(typoWord, scalars, limit: typoEdits), edits > 0 {
                best = MatchWeight.typo
            }
        }
        return best > 0 ? best : nil
    }
}

extension EditDistance {
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        var calculator = EditDistance()
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in calculator.distance(a, b, limit: limit) } }
    }
}

/// A query turned into requirements against this index, the terms to highlight, and how the
/// query was read.
struct QueryPlan {
    var requirements: [Requirement]
    var highlight: Highlighter
    /// Every index term the plan matches, for finding the best text to quote.
    var termIDs: [Int32]
    var analysis = QueryAnalysis()
    /// The query's words in order, stop words included, each as the terms it matches as written,
    /// by stem or by translation (empty where a phrase or an uncounted word breaks the run): which
    /// words should stand together (`yield from`, `что такое семафор`).
    var sequence: [(terms: [Int32], isStopWord: Bool)] = []

    /// True when some requirement can match at all.
    var canMatch: Bool { requirements.contains { $0.hasIndexMatches || $0.word != nil } }
}

extension SearchIndex {
    /// At most this many completions of a prefix, the most frequent kept.
    static let prefixLimit = 64
    /// Completions past the most frequent stop adding once they hold this many postings: a
    /// two-letter prefix over a thousand chapters would otherwise walk most of the index on every
    /// key typed. The bound is absolute because what it bounds is the time of one key.
    static let prefixPostingLimit = 40_000
    static let typoLimit = 8
    static let crossFormLimit = 8
    /// A query keeps at most this many words and phrases.
    static let requirementLimit = 32

    func plan(_ query: SearchQuery, stemmer: WordStemmer) -> QueryPlan {
        var analysis = QueryAnalysis()
        let all = Array(query.items.prefix(SearchIndex.requirementLimit))
        // Stop words go, unless they are all the query has (a quoted phrase keeps its own).
        let isStopWord = all.map { item -> Bool in
            if case .word(let word) = item { return word.parts.isEmpty && StopWords.contains(word.term) }
            return false
        }
        let items: [SearchQuery.Item]
        if isStopWord.allSatisfy({ $0 }) {
            items = all
        } else {
            items = zip(all, isStopWord).filter { !$0.1 }.map(\.0)
            for (item, stop) in zip(all, isStopWord) where stop {
                if case .word(let word) = item { analysis.stopWords.append(word.term) }
            }
        }
        var requirements = [Requirement](repeating: Requirement(), count: items.count)
        let wordStems: [String?] = items.map { item in
            if case .word(let word) = item, word.parts.isEmpty { return stemmer.stem(word.term) }
            return nil
        }
        for (index, item) in items.enumerated() {
            switch item {
            case .word(let word):
                requirements[index] = expand(word, stem: wordStems[index], analysis: &analysis)
                if !SearchIndex.countsTowardCoordination(word.term) {
                    requirements[index].counts = false
                    analysis.uncounted.append(word.term)
                }
            case .phrase(let words):
                var requirement = Requirement()
                requirement.phraseWords = words
                let atoms = words.map { termsSharingStem(with: $0, stem: stemmer.stem($0)) }
                requirement.phrases.append((atoms, MatchWeight.exact))
                requirements[index] = requirement
            }
        }
        addPhraseTranslations(items, wordStems, &requirements, &analysis)

        var highlightTerms = Set<String>()
        var highlightPhrases: [[Set<String>]] = []
        var termIDs = Set<Int32>()
        for requirement in requirements {
            for term in requirement.terms.keys {
                highlightTerms.insert(vocabulary.terms[Int(term)])
                termIDs.insert(term)
            }
            for phrase in requirement.phrases where !phrase.atoms.contains(where: \.isEmpty) {
                highlightPhrases.append(phrase.atoms.map { Set($0.map { vocabulary.terms[Int($0)] }) })
                for atom in phrase.atoms { termIDs.formUnion(atom) }
            }
        }
        var sequence: [(terms: [Int32], isStopWord: Bool)] = []
        var kept = 0
        let dropsStopWords = items.count < all.count
        for (item, stop) in zip(all, isStopWord) {
            if stop && dropsStopWords {
                guard case .word(let word) = item else { continue }
                sequence.append((vocabulary.table.find(word.term).map { [$0] } ?? [], true))
                continue
            }
            let requirement = requirements[kept]
            kept += 1
            let core = requirement.counts && requirement.word != nil
                ? requirement.terms.filter { $0.value >= MatchWeight.core }.map(\.key) : []
            sequence.append((core, false))
        }
        return QueryPlan(requirements: requirements, highlight: Highlighter(terms: highlightTerms, phrases: highlightPhrases),
                         termIDs: termIDs.sorted(), analysis: analysis, sequence: sequence)
    }

    /// Numbers and one-character words (`3`, `x`, `f`) match too much to say what a question is about.
    static func countsTowardCoordination(_ term: String) -> Bool {
        term.unicodeScalars.count > 1 && !term.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    /// The exact term and those sharing its stem.
    func termsSharingStem(with word: String, stem: String) -> [Int32] {
        var result: [Int32] = []
        if let id = vocabulary.table.find(word) { result.append(id) }
        if let stemID = vocabulary.stems.find(stem) {
            for member in vocabulary.stemMembers[Int(stemID)] where !result.contains(member) { result.append(member) }
        }
        return result
    }

    private func expand(_ word: SearchQuery.Word, stem: String?, analysis: inout QueryAnalysis) -> Requirement {
        var requirement = Requirement()
        requirement.word = word.term
        if let id = vocabulary.table.find(word.term) { requirement.add(id, MatchWeight.exact) }
        if let stem {
            requirement.stems[stem] = MatchWeight.stem
            if let stemID = vocabulary.stems.find(stem) {
                for member in vocabulary.stemMembers[Int(stemID)] { requirement.add(member, MatchWeight.stem) }
            }
            let own = Set(requirement.terms.keys)
            for (group, phrase) in dictionary.singleWords[stem] ?? [] {
                let found = addTranslations(of: group, except: phrase, weight: MatchWeight.translation, to: &requirement)
                analysis.add(word.term, .glossary, found)
            }
            requirement.wordTranslations = requirement.terms.keys.filter { !own.contains($0) }
        }
        if !word.parts.isEmpty {
            let atoms = word.parts.map { part in vocabulary.table.find(part).map { [$0] } ?? [] }
            requirement.phrases.append((atoms, MatchWeight.parts))
        }
        if word.isPrefix && word.term.unicodeScalars.count >= 2 {
            requirement.prefix = word.term
            for term in completions(of: word.term) { requirement.add(term, MatchWeight.prefix) }
            if word.term.unicodeScalars.count >= 3 {
                // A dictionary word being typed: семаф… finds semaphore too.
                for (groupIndex, group) in dictionary.groups.enumerated() {
                    for (phraseIndex, phrase) in group.enumerated()
                    where phrase.words.count == 1 && phrase.words[0].hasPrefix(word.term) && phrase.words[0] != word.term {
                        addTranslations(of: groupIndex, except: phraseIndex, weight: MatchWeight.prefix, to: &requirement)
                    }
                }
            }
        }
        let matchesAsWritten = requirement.hasIndexMatches
        if let stem { addCrossForms(of: word.term, stem: stem, to: &requirement, analysis: &analysis) }
        if !matchesAsWritten { addTypoFixes(of: word, to: &requirement, analysis: &analysis) }
        return requirement
    }

    /// The completions of a prefix being typed, the most frequent first: at most `prefixLimit`,
    /// and past the first, no more than `prefixPostingLimit` postings between them.
    func completions(of prefix: String, postingLimit: Int = SearchIndex.prefixPostingLimit) -> [Int32] {
        let byFrequency = vocabulary.terms(withPrefix: prefix).sorted {
            let (left, right) = (vocabulary.documentFrequency[Int($0)], vocabulary.documentFrequency[Int($1)])
            return left != right ? left > right : $0 < $1
        }
        var kept: [Int32] = []
        var postingCount = 0
        for term in byFrequency.prefix(SearchIndex.prefixLimit) {
            postingCount += postings.range(of: term).count
            if !kept.isEmpty && postingCount > postingLimit { break }
            kept.append(term)
        }
        return kept
    }

    /// Words of the other script spelled alike (семафор ↔ semaphore) and derived forms of the
    /// same root (сборщик → сборка), below the word's own stem.
    private func addCrossForms(of term: String, stem: String, to requirement: inout Requirement, analysis: inout QueryAnalysis) {
        let ownStem = vocabulary.stems.find(stem)
        if let key = Transliteration.key(stem), key.count >= 3 {
            let key = key.map(UInt32.init)
            let edits = key.count < 4 ? 0 : key.count < 8 ? 1 : 2
            let fromCyrillic = (stem.unicodeScalars.first?.value ?? 0) >= 0x400
            var found: [String] = []
            for match in vocabulary.transliterated(key, fromCyrillic: fromCyrillic, maxEdits: edits, limit: SearchIndex.crossFormLimit) {
                let weight = match.edits == 0 ? MatchWeight.transliteration : MatchWeight.nearTransliteration
                let members = vocabulary.stemMembers[Int(match.stem)].filter { !StopWords.contains(vocabulary.terms[Int($0)]) }
                guard !members.isEmpty else { continue }
                if !members.contains(where: { requirement.terms[$0] != nil }) { found.append(vocabulary.terms[Int(members[0])]) }
                requirement.stems[vocabulary.stems.term(Int(match.stem))] = max(requirement.stems[vocabulary.stems.term(Int(match.stem))] ?? 0, weight)
                for member in members { requirement.add(member, weight) }
            }
            analysis.add(term, .transliteration, found)
        }
        if let root = WordRoots.root(ofStem: stem), let family = vocabulary.stems(withRoot: root) {
            var found: [String] = []
            for other in family.prefix(SearchIndex.crossFormLimit) where other != ownStem {
                let members = vocabulary.stemMembers[Int(other)]
                if let first = members.first, !members.contains(where: { requirement.terms[$0] != nil }) {
                    found.append(vocabulary.terms[Int(first)])
                }
                requirement.stems[vocabulary.stems.term(Int(other))] = max(requirement.stems[vocabulary.stems.term(Int(other))] ?? 0, MatchWeight.related)
                for member in members { requirement.add(member, MatchWeight.related) }
            }
            analysis.add(term, .relatedForm, found)
        }
        // Russian roots change a vowel between aspects (обработка, обрабатывать): a long stem's
        // head without its last three letters finds them.
        let scalars = Array(stem.unicodeScalars)
        if scalars.count >= 7, let first = scalars.first, first.value >= 0x430 && first.value <= 0x44F {
            var head = String.UnicodeScalarView()
            head.append(contentsOf: scalars.prefix(scalars.count - 3))
            let completions = vocabulary.terms(withPrefix: String(head))
            var found: [String] = []
            for term in completions.sorted(by: { vocabulary.documentFrequency[Int($0)] > vocabulary.documentFrequency[Int($1)] })
                .prefix(SearchIndex.crossFormLimit) where requirement.terms[term] == nil {
                requirement.add(term, MatchWeight.related)
                found.append(vocabulary.terms[Int(term)])
            }
            analysis.add(term, .relatedForm, found)
        }
    }

    /// Typo fixes for a word that matches nothing as written, by stem or by translation.
    private func addTypoFixes(of word: SearchQuery.Word, to requirement: inout Requirement, analysis: inout QueryAnalysis) {
        let scalars = word.term.unicodeScalars.map(\.value)
        let edits = EditDistance.allowedEdits(forLength: scalars.count)
        let before = Set(requirement.terms.keys)
        if !word.parts.isEmpty {
            // A mistyped part of an identifier: Task·Grup → Task·Group.
            let atoms = word.parts.map { part -> [Int32] in
                if let id = vocabulary.table.find(part) { return [id] }
                let scalars = part.unicodeScalars.map(\.value)
                return vocabulary.typoCandidates(of: scalars, maxEdits: EditDistance.allowedEdits(forLength: scalars.count),
                                                 limit: SearchIndex.typoLimit).map(\.term)
            }
            requirement.phrases.append((atoms, MatchWeight.typo))
        }
        if edits > 0 {
            // A typo: semafore → semaphore; a mistyped identifier, TaskGrup → TaskGroup.
            let letters = scalars.filter { $0 != 0x5F && $0 != 0x2E }
            requirement.typoWord = letters
            requirement.typoEdits = edits
            for candidate in vocabulary.typoCandidates(of: letters, maxEdits: edits, limit: SearchIndex.typoLimit) {
                requirement.add(candidate.term, candidate.edits == 1 ? MatchWeight.typo : MatchWeight.secondTypo)
            }
        }
        if word.isPrefix && scalars.count >= 4 && !requirement.hasIndexMatches {
            // A typo in the word still being typed: semafo… → semaphore.
            for candidate in vocabulary.prefixTypoCandidates(of: scalars, maxEdits: 1, limit: SearchIndex.typoLimit) {
                requirement.add(candidate.term, MatchWeight.secondTypo)
            }
        }
        analysis.add(word.term, .typo, requirement.terms.keys.filter { !before.contains($0) }.map { vocabulary.terms[Int($0)] }.sorted())
    }

    /// Adds every other phrase of a dictionary group: one word as its stem's terms, several as a
    /// phrase. Returns the phrases the index has.
    @discardableResult
    private func addTranslations(of group: Int, except phrase: Int, weight: Float, to requirement: inout Requirement) -> [String] {
        var found: [String] = []
        for (index, other) in dictionary.groups[group].enumerated() where index != phrase {
            if other.words.count == 1 {
                requirement.stems[other.stems[0]] = max(requirement.stems[other.stems[0]] ?? 0, weight)
                let terms = termsSharingStem(with: other.words[0], stem: other.stems[0])
                for term in terms { requirement.add(term, weight) }
                if !terms.isEmpty { found.append(other.words[0]) }
            } else {
                let atoms = zip(other.words, other.stems).map { termsSharingStem(with: $0, stem: $1) }
                requirement.phrases.append((atoms, weight))
                if !atoms.contains(where: \.isEmpty) { found.append(other.words.joined(separator: " ")) }
            }
        }
        return found
    }

    /// Runs of query words that spell a dictionary phrase of several words (цикл событий) also
    /// match its translations (event loop), and so does each word of the run.
    private func addPhraseTranslations(_ items: [SearchQuery.Item], _ stems: [String?], _ requirements: inout [Requirement],
                                       _ analysis: inout QueryAnalysis) {
        for start in items.indices {
            guard let firstStem = stems[start] else { continue }
            for (group, phraseIndex) in dictionary.longPhrases[firstStem] ?? [] {
                let phrase = dictionary.groups[group][phraseIndex]
                let length = phrase.stems.count
                guard start + length <= items.count else { continue }
                let matches = (1..<length).allSatisfy { offset in
                    guard case .word(let word) = items[start + offset] else { return false }
                    if stems[start + offset] == phrase.stems[offset] { return true }
                    return offset == length - 1 && word.isPrefix && phrase.words[offset].hasPrefix(word.term)
                }
                guard matches else { continue }
                var found: [String] = []
                for offset in 0..<length {
                    if case .word(let word) = items[start + offset] { analysis.remove(word.term, .glossary) }
                    for term in requirements[start + offset].wordTranslations { requirements[start + offset].terms[term] = nil }
                    requirements[start + offset].wordTranslations = []
                    found = addTranslations(of: group, except: phraseIndex, weight: MatchWeight.translation, to: &requirements[start + offset])
                }
                analysis.add(phrase.words.joined(separator: " "), .glossary, found)
            }
        }
    }
}
