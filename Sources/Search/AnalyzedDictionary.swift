/// The bilingual term dictionary with every phrase stemmed, ready to match query words.
struct AnalyzedDictionary: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var stems: [String]
    }

    /// Groups of phrases that mean the same.
    var groups: [[Phrase]]
    /// Single-word phrases by stem: (group, phrase) pairs.
    var singleWords: [String: [(group: Int, phrase: Int)]]
    /// Phrases of several words, to look for as runs of query words.
    var longPhrases: [(group: Int, phrase: Int)]

    init(_ dictionary: TermDictionary, stemmer: WordStemmer) {
        groups = dictionary.groups.map { group in
            group.map { words in Phrase(words: words, stems: words.map(stemmer.stem)) }
        }
        singleWords = [:]
        longPhrases = []
        for (groupIndex, group) in groups.enumerated() {
            for (phraseIndex, phrase) in group.enumerated() {
                if phrase.stems.count == 1 {
                    singleWords[phrase.stems[0], default: []].append((groupIndex, phraseIndex))
                } else {
                    longPhrases.append((groupIndex, phraseIndex))
                }
            }
        }
    }
}
