/// The part of a question's answer under one `###` heading.
public struct Section: Sendable, Equatable {
    public var kind: Kind
    /// The heading as written, so an unknown section keeps its own name.
    public var title: String
    /// The line of the `###` heading, 1-based; for text before any heading, the first line of that text.
    public var line: Int
    public var blocks: [Block]

    public init(kind: Kind, title: String, line: Int, blocks: [Block]) {
        self.kind = kind
        self.title = title
        self.line = line
        self.blocks = blocks
    }

    /// The six sections of the content format, in their usual order, and `other`.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case whyAsked
        case shortAnswer
        case details
        case example
        case mistakes
        case interview
        case other

        /// The kind a `###` heading names; unknown headings are `.other`.
        /// Russian and English names, compared as normalised titles (case, ё, punctuation).
        public init(heading: String) {
            guard heading.utf8.count <= 64 else { self = .other; return }
            let name = QuestionKey.fastNormalized(heading) ?? QuestionKey.generalNormalized(heading)
            self = Kind.byName[Array(name.utf8)] ?? .other
        }

        /// Keyed by UTF-8 bytes: a `switch` over forty Cyrillic strings compares them one by
        /// one with Unicode normalisation, the costliest step of loading a chapter.
        private static let byName: [[UInt8]: Kind] = {
            let names: [(Kind, [String])] = [
                (.whyAsked, ["зачем спрашивают", "why they ask", "why it is asked", "why ask", "why this is asked"]),
                (.shortAnswer, ["короткий ответ", "short answer", "brief answer", "tldr"]),
                (.details, ["детальный разбор", "подробный разбор", "details", "detailed answer", "detailed breakdown", "deep dive", "in depth"]),
                (.example, ["пример", "примеры", "пример кода", "example", "examples", "code example"]),
                (.mistakes, ["типичные ошибки", "частые ошибки", "common mistakes", "typical mistakes", "mistakes", "pitfalls", "common pitfalls"]),
                (.interview, ["на интервью", "на собеседовании", "at the interview", "at an interview", "in the interview", "interview tips"]),
            ]
            var table: [[UInt8]: Kind] = [:]
            for (kind, list) in names { for name in list { table[Array(name.utf8)] = kind } }
            return table
        }()

        /// The number key (1–6) that jumps to this kind; nil for `.other`.
        public var key: Int? {
            Kind.allCases.firstIndex(of: self).flatMap { self == .other ? nil : $0 + 1 }
        }
    }

    /// Every code block in the section, nested ones included, in order.
    public var codeBlocks: [CodeBlock] { blocks.flatMap(\.codeBlocks) }
}

extension Block {
    /// This block's code blocks and those nested in lists and quotes.
    public var codeBlocks: [CodeBlock] {
        switch content {
        case .code(let code): return [code]
        case .list(let list): return list.items.flatMap { $0.flatMap(\.codeBlocks) }
        case .quote(let blocks), .details(_, let blocks): return blocks.flatMap(\.codeBlocks)
        case .paragraph, .heading, .table, .rule: return []
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Foundation-free).
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
