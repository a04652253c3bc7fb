import Chapter

/// The fields of a question a result matched in.
public struct MatchedFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let title = MatchedFields(rawValue: 1 << 0)
    public static let shortAnswer = MatchedFields(rawValue: 1 << 1)
    public static let prose = MatchedFields(rawValue: 1 << 2)
    public static let code = MatchedFields(rawValue: 1 << 3)
    public static let note = MatchedFields(rawValue: 1 << 4)
    public static let followUp = MatchedFields(rawValue: 1 << 5)

    public init(_ field: SearchField) { self.init(rawValue: 1 << UInt8(field.rawValue)) }

    /// The fields in order, for display.
    public var fields: [SearchField] { SearchField.allCases.filter { contains(MatchedFields($0)) } }
}

/// A short excerpt of a result's best-matching text, with the matched words marked.
public struct Snippet: Sendable, Equatable {
    public var text: String
    /// Matched words as Character offsets into `text`.
    public var ranges: [Range<Int>]
    /// Where the excerpt comes from.
    public var field: SearchField

    public init(text: String, ranges: [Range<Int>], field: SearchField) {
        self.text = text
        self.ranges = ranges
        self.field = field
    }
}

/// One matching question.
public struct SearchHit: Sendable, Equatable {
    public var questionID: QuestionID
    public var title: String
    public var score: Double
    /// How many of the query's words and phrases the question matched.
    public var matchedItems: Int
    /// True when it matched every word and phrase (stop words aside); others rank lower.
    public var matchesAll: Bool
    public var fields: MatchedFields
    /// Matched words in the title, as Character offsets; nil for a hit past the search's
    /// `titleRangeLimit` (`SearchResults.titleRanges(of:)` finds them).
    public var titleRanges: [Range<Int>]?
    public var snippet: Snippet?

    /// True when the reader's note on the question matched.
    public var matchedNote: Bool { fields.contains(.note) }
}

/// How the query was read.
public enum QueryReading: Sendable, Equatable {
    case asTyped
    /// The query typed in the other keyboard layout; holds the text as meant (`ctvfajh` → `семафор`).
    case switchedLayout(String)
}

/// The results of a search, best first.
public struct SearchResults: Sendable, Equatable {
    /// The query as searched (after a layout switch, the switched text).
    public var query: SearchQuery
    public var reading: QueryReading
    /// Stop words dropped, words not counted, layout switches, and what else words matched.
    public var analysis: QueryAnalysis
    public var hits: [SearchHit]
    /// How many questions matched at all (hits may stop at the limit).
    public var totalCount: Int
    /// How many questions matched every word.
    public var completeCount: Int
    /// Marks what this search matched in any text of a result: the answer, the code.
    public var highlighter: Highlighter
    /// The index terms matched, for snippets asked for later.
    var termIDs: [Int32] = []

    /// The matched words of a hit's title, as Character offsets: those it came with, or, for a
    /// hit past the search's `titleRangeLimit`, found now.
    public func titleRanges(of hit: SearchHit) -> [Range<Int>] {
        hit.titleRanges ?? highlighter.ranges(in: hit.title)
    }

    public static let empty = SearchResults(query: SearchQuery(items: []), reading: .asTyped, analysis: QueryAnalysis(), hits: [],
                                            totalCount: 0, completeCount: 0, highlighter: Highlighter())
}
