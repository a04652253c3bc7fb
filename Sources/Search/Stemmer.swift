import CStemmer

/// A Snowball stemmer from libstemmer. It reuses its result buffer and is not thread-safe,
/// so each analyzer owns its own instances and never shares them.
public final class Stemmer {
    public enum Language: String, Sendable {
        case russian, english
    }

    private let stemmer: OpaquePointer

    /// Nil when libstemmer has no algorithm for the language.
    public init?(_ language: Language) {
        guard let stemmer = sb_stemmer_new(language.rawValue, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of a folded (lowercase) word.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let result = sb_stemmer_stem(stemmer, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}

/// Stems folded words by their script: Russian for Cyrillic, English for Latin.
/// Identifiers (with `_`, `.` or digits) are left whole. Not shared between threads.
public final class WordStemmer {
    private let russian: Stemmer?
    private let english: Stemmer?

    public init() {
        russian = Stemmer(.russian)
        english = Stemmer(.english)
    }

    /// The stem of a folded term, or the term itself when no stemmer applies.
    public func stem(_ term: String) -> String {
        switch WordStemmer.script(of: term) {
        case .cyrillic: return russian?.stem(term) ?? term
        case .latin: return english?.stem(term) ?? term
        case .other: return term
        }
    }

    enum Script { case cyrillic, latin, other }

    /// Cyrillic when every letter is Cyrillic, Latin when every letter is a–z; identifiers are `other`.
    static func script(of term: String) -> Script {
        var cyrillic = false
        var latin = false
        for scalar in term.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: latin = true
            case 0x400...0x4FF: cyrillic = true
            default: return .other
            }
        }
        if cyrillic && !latin { return .cyrillic }
        if latin && !cyrillic { return .latin }
        return .other
    }
}
