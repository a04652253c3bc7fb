/// How a query was read, for the reader and for scripts: which words were dropped or not
/// counted, which were read in the other keyboard layout, and what else each word matched.
public struct QueryAnalysis: Sendable, Equatable {
    public enum ExpansionKind: String, Sendable {
        case glossary, transliteration, relatedForm = "related form", typo
    }

    /// A word (or glossary phrase) of the query and the other words it also matched.
    public struct Expansion: Sendable, Equatable {
        public var word: String
        public var kind: ExpansionKind
        public var terms: [String]
    }

    /// A part of the query that was typed in the other keyboard layout.
    public struct LayoutSwitch: Sendable, Equatable {
        public var typed: String
        public var read: String
    }

    /// Stop words left out of the ranking (`как`, `what`).
    public var stopWords: [String] = []
    /// Numbers and one-character words: they rank, but a question need not match them.
    public var uncounted: [String] = []
    public var layoutSwitches: [LayoutSwitch] = []
    public var expansions: [Expansion] = []

    public init() {}

    mutating func remove(_ word: String, _ kind: ExpansionKind) {
        expansions.removeAll { $0.word == word && $0.kind == kind }
    }

    mutating func add(_ word: String, _ kind: ExpansionKind, _ terms: [String]) {
        guard !terms.isEmpty else { return }
        if let index = expansions.firstIndex(where: { $0.word == word && $0.kind == kind }) {
            for term in terms where !expansions[index].terms.contains(term) { expansions[index].terms.append(term) }
        } else {
            expansions.append(Expansion(word: word, kind: kind, terms: terms))
        }
    }
}
