/// A block of a section: a paragraph, a list, a table, a code example...
public struct Block: Sendable, Equatable {
    public var content: Content
    /// The lines of the chapter file the block came from, 1-based.
    public var lines: ClosedRange<Int>

    public init(_ content: Content, lines: ClosedRange<Int>) {
        self.content = content
        self.lines = lines
    }

    public enum Content: Sendable, Equatable {
        case paragraph([Inline])
        case heading(level: Int, [Inline])
        case list(List)
        case table(Table)
        case code(CodeBlock)
        case quote([Block])
        case rule
        /// `<details><summary>…</summary>…</details>`: a titled block.
        case details(summary: [Inline], blocks: [Block])
    }
}

/// A bullet or numbered list; an item holds blocks, so lists nest.
public struct List: Sendable, Equatable {
    public var isOrdered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    public var items: [[Block]]
    /// For a GFM task list, each item's box: true ticked, false empty, nil not a task.
    /// Empty when no item is a task.
    public var checks: [Bool?]

    public init(isOrdered: Bool, start: Int = 1, items: [[Block]], checks: [Bool?] = []) {
        self.isOrdered = isOrdered
        self.start = start
        self.items = items
        self.checks = checks
    }

    /// The box of an item: nil when it is not a task.
    public func check(at index: Int) -> Bool? {
        checks.indices.contains(index) ? checks[index] : nil
    }
}

/// A GFM table: a header row, body rows, and each column's alignment.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case none, left, center, right }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    public var columnCount: Int { alignments.count }
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable, Equatable {
    /// The first word of the fence's info string, lowercased; nil when absent.
    public var language: String?
    /// The code, ending in a newline as cmark gives it.
    public var code: String

    public init(language: String?, code: String) {
        self.language = language
        self.code = code
    }

    public var isPython: Bool { language == "python" || language == "py" || language == "python3" }
}
