/// Names a question across the library: `04-asyncio/6`.
public struct QuestionID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var chapterID: String
    public var number: Int

    public init(chapterID: String, number: Int) {
        self.chapterID = chapterID
        self.number = number
    }

    public var description: String { "\(chapterID)/\(number)" }

    public static func < (lhs: QuestionID, rhs: QuestionID) -> Bool {
        (lhs.chapterID, lhs.number) < (rhs.chapterID, rhs.number)
    }
}

/// One `##` question of a chapter and its answer.
public struct Question: Sendable, Equatable, Identifiable {
    public var id: QuestionID
    public var number: Int { id.number }
    /// The title without the "Вопрос N:" prefix.
    public var title: String
    /// The line of the `##` heading, 1-based.
    public var line: Int
    public var sections: [Section]

    public init(id: QuestionID, title: String, line: Int, sections: [Section]) {
        self.id = id
        self.title = title
        self.line = line
        self.sections = sections
    }

    /// The first section of a kind.
    public func section(_ kind: Section.Kind) -> Section? {
        sections.first { $0.kind == kind }
    }

    /// Every code block of the answer, in order.
    public var codeBlocks: [CodeBlock] { sections.flatMap(\.codeBlocks) }

    /// The "На интервью" section read as advice and follow-up questions.
    public var interview: Interview? {
        section(.interview).map(Interview.init(section:))
    }
}
