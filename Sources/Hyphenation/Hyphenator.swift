import Synchronization

/// Where a word may be hyphenated, by libhyphen's patterns: Debian's `hyphen-ru` for Cyrillic
/// words and `hyphen-en-us` for Latin ones.
///
/// Each dictionary is read on first use, once, whichever thread asks; one that is missing
/// or unreadable is remembered as missing, and its words get no hyphenation points (the
/// caller then breaks them where it must).
public final class Hyphenator: Sendable {
    /// The dictionaries Debian installs.
    public static let system = Hyphenator(directory: "/usr/share/hyphen")

    private let directory: String
    private let loaded = Mutex<[Language: PatternDictionary?]>([:])

    public init(directory: String) {
        self.directory = directory
    }

    /// The offsets (in characters of `word`) where a hyphen may go: an offset `n` breaks the
    /// word after its `n`th character. Each run of letters is hyphenated with the patterns of
    /// its script; other characters (digits, punctuation) are never broken around here.
    public func breakPoints(in word: String) -> [Int] {
        var points: [Int] = []
        for run in LetterRun.runs(in: word) {
            guard let language = run.language else { continue }
            points += loaded.withLock { loaded in
                let dictionary = loaded[language] ?? load(language)
                loaded[language] = dictionary
                return dictionary?.breakPoints(in: run.text) ?? []
            }.map { run.offset + $0 }
        }
        return points
    }

    /// Whether the dictionary for `language` could be read (reading it if not yet tried).
    public func hasDictionary(for language: Language) -> Bool {
        loaded.withLock { loaded in
            let dictionary = loaded[language] ?? load(language)
            loaded[language] = dictionary
            return dictionary != nil
        }
    }

    private func load(_ language: Language) -> PatternDictionary? {
        PatternDictionary(path: directory + "/" + language.fileName)
    }
}

/// The languages there are patterns for, one per script.
public enum Language: Sendable, Hashable, CaseIterable {
    case russian, english

    var fileName: String {
        switch self {
        case .russian: "hyph_ru_RU.dic"
        case .english: "hyph_en_US.dic"
        }
    }

    /// The language of a letter by its script: Cyrillic is Russian, Latin is English.
    init?(letter: Unicode.Scalar) {
        switch letter.value {
        case 0x41...0x5A, 0x61...0x7A: self = .english
        case 0x400...0x45F: self = .russian
        default: return nil
        }
    }
}

/// A maximal run of letters of one script inside a word.
struct LetterRun {
    var text: String
    /// Characters of the word before the run.
    var offset: Int
    var language: Language?

    /// The word's runs of letters; a change of script starts a new run.
    static func runs(in word: String) -> [LetterRun] {
        var runs: [LetterRun] = []
        var current: LetterRun?
        for (offset, character) in word.enumerated() {
            let scalars = character.unicodeScalars
            let language = scalars.count == 1 ? Language(letter: scalars[scalars.startIndex]) : nil
            if let language, current?.language == language {
                current!.text.append(character)
                continue
            }
            if let run = current { runs.append(run) }
            current = language.map { LetterRun(text: String(character), offset: offset, language: $0) }
        }
        if let run = current { runs.append(run) }
        return runs
    }
}
