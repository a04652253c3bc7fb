import Chapter
import Screen

/// A question laid out for one width: styled lines, and where its parts start,
/// so the answer pane can jump to a section or to a code example.
public struct RenderedAnswer: Sendable, Equatable {
    public var lines: [StyledLine] = []
    /// The first line of each section, in order.
    public var sectionStarts: [SectionStart] = []
    /// The line of each code example (its placeholder in the browser), in the order of `Question.codeBlocks`.
    public var codeBlockLines: [Int] = []
    /// The code examples (indices into `codeBlockLines`) drawn in the answer itself, short
    /// enough to read there, rather than as a placeholder.
    public var inlineCodeBlocks: Set<Int> = []
    /// The line where the reader's note starts, when the question has one.
    public var noteLine: Int?
    /// The lines of each follow-up question of the "На интервью" section, in order.
    public var followUpLines: [Range<Int>] = []
    /// The first line of each section of the chapter's appendix shown after the answer.
    public var appendixStarts: [Int] = []
    /// The answer's links in reading order; a span of link n has `style.link == n` (1-based).
    public var links: [AnswerLink] = []

    public init() {}

    /// The first line of the first section of a kind.
    public func line(of kind: Section.Kind) -> Int? {
        sectionStarts.first { $0.kind == kind }?.line
    }

    /// The first line of the section a number key (1–6) goes to (`Question.section(forKey:)`):
    /// `sectionStarts` follows `question.sections` one for one.
    public func line(forKey number: Int, in question: Question) -> Int? {
        question.sectionIndex(forKey: number).flatMap { sectionStarts.indices.contains($0) ? sectionStarts[$0].line : nil }
    }

    /// The text of every line, without styles (for tests and plain output).
    public var plainLines: [String] { lines.map { $0.map(\.text).joined() } }
}

/// Where a section of a laid-out answer starts.
public struct SectionStart: Sendable, Equatable {
    public var kind: Section.Kind
    public var line: Int
}
