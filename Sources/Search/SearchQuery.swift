/// A query as typed: words and "quoted phrases".
public struct SearchQuery: Sendable, Equatable, CustomStringConvertible {
    public struct Word: Sendable, Equatable {
        /// The folded word; an identifier stays whole (`run_in_executor`).
        public var term: String
        /// An identifier's parts (`run`, `in`, `executor`); empty for a plain word.
        public var parts: [String]
        /// True for the last word while it is being typed (when the caller asks): it matches as a prefix.
        public var isPrefix: Bool

        public init(term: String, parts: [String] = [], isPrefix: Bool = false) {
            self.term = term
            self.parts = parts
            self.isPrefix = isPrefix
        }
    }

    public enum Item: Sendable, Equatable {
        case word(Word)
        /// Words that must follow each other.
        case phrase([String])
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    public var isEmpty: Bool { items.isEmpty }

    private static let quotes: Set<Character> = ["\"", "«", "»", "“", "”", "„"]

    /// Queries are read up to this many characters: a pasted page would otherwise cost
    /// seconds of analysis, and no question is found better by its thousandth word.
    public static let maximumLength = 256

    /// Reads a query (its first `maximumLength` characters). With `prefixLastWord`, the last
    /// word is a prefix unless the query ends in a space or a quote: the reader is still typing it.
    public init(parsing fullText: String, prefixLastWord: Bool = false) {
        let text = SearchQuery.capped(fullText)
        var items: [Item] = []
        var segment = ""
        var inQuotes = false
        func flush() {
            if inQuotes {
                let words = Tokenizer.tokens(in: segment).filter { !$0.isCompound }.map(\.term)
                if !words.isEmpty { items.append(.phrase(words)) }
            } else {
                items.append(contentsOf: SearchQuery.words(in: segment).map(Item.word))
            }
            segment = ""
        }
        for character in text {
            if SearchQuery.quotes.contains(character) {
                flush()
                inQuotes.toggle()
            } else {
                segment.append(character)
            }
        }
        let endsInWord = !inQuotes && (text.last.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false)
        flush()
        if prefixLastWord, endsInWord, case .word(var word)? = items.last {
            word.isPrefix = true
            items[items.count - 1] = .word(word)
        }
        self.items = items
    }

    /// The text up to `maximumLength` characters, cut at a space when there is one near.
    static func capped(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let head = text.prefix(maximumLength)
        guard let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > maximumLength / 2 else {
            return String(head)
        }
        return String(head[..<space])
    }

    /// The words of unquoted text, identifiers with their parts.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var compoundRange: Range<Int>?
        for token in Tokenizer.tokens(in: text) {
            if token.isCompound {
                words.append(Word(term: token.term))
                compoundRange = token.range
            } else if let range = compoundRange, range.contains(token.range.lowerBound) {
                words[words.count - 1].parts.append(token.term)
            } else {
                compoundRange = nil
                words.append(Word(term: token.term))
            }
        }
        return words
    }

    /// The query as read: prefixes end in "…", phrases are quoted.
    public var description: String {
        items.map { item in
            switch item {
            case .word(let word): return word.term + (word.isPrefix ? "…" : "")
            case .phrase(let words): return "\"" + words.joined(separator: " ") + "\""
            }
        }.joined(separator: " ")
    }
}
