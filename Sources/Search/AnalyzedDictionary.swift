/// The bilingual term dictionary with every phrase stemmed, ready to match query words: the
/// built-in glossary, extended by the library's own `terms.tsv`.
struct AnalyzedDictionary: Sendable {
    struct Phrase: Sendable, Equatable {
        var words: [String]
        var stems: [String]
    }

    /// Groups of phrases that mean the same.
    var groups: [[Phrase]] = []
    /// Single-word phrases by stem: (group, phrase) pairs.
    var singleWords: [String: [(group: Int, phrase: Int)]] = [:]
    /// Phrases of several words by the stem of their first word, to look for as runs of query words.
    var longPhrases: [String: [(group: Int, phrase: Int)]] = [:]

    /// The glossary analysed once per process: every index shares it.
    static let glossary: AnalyzedDictionary = {
        var dictionary = AnalyzedDictionary()
        dictionary.add(Glossary.terms, stemmer: WordStemmer())
        return dictionary
    }()

    private init() {}

    /// The glossary (as analysed here, or as an index file kept it) and then the library's terms.
    init(libraryTerms: TermDictionary, stemmer: WordStemmer, glossary: AnalyzedDictionary? = nil) {
        self = glossary ?? AnalyzedDictionary.glossary
        add(libraryTerms, stemmer: stemmer)
    }

    /// Groups of phrases already stemmed (the glossary an index file kept), in order.
    init(groups: [[Phrase]]) {
        for group in groups { append(group) }
    }

    private mutating func add(_ dictionary: TermDictionary, stemmer: WordStemmer) {
        for group in dictionary.groups {
            append(group.map { words in Phrase(words: words, stems: words.map(stemmer.stem)) })
        }
    }

    /// Every phrase has at least one word.
    private mutating func append(_ phrases: [Phrase]) {
        let groupIndex = groups.count
        groups.append(phrases)
        for (phraseIndex, phrase) in phrases.enumerated() {
            if phrase.stems.count == 1 {
                singleWords[phrase.stems[0], default: []].append((groupIndex, phraseIndex))
            } else {
                longPhrases[phrase.stems[0], default: []].append((groupIndex, phraseIndex))
            }
        }
    }
}
