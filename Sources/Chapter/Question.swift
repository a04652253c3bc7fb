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
///
/// `id` is positional, for the session (lists, `sobes show 6`); `key` is what the question is
/// known by across edits of the file (see `QuestionKey`).
public struct Question: Sendable, Equatable, Identifiable {
    public var id: QuestionID
    public var number: Int { id.number }
    /// The stable identity: chapter id and normalised title (unique within the chapter).
    public var key: QuestionKey
    /// The title without the "Вопрос N:" prefix.
    public var title: String
    /// The prefix as written ("Вопрос 3", "Question 3"); nil for a heading without one,
    /// which is shown as its own title.
    public var label: String?
    /// The line of the `##` heading, 1-based.
    public var line: Int
    /// The answer: held decoded, or stored and decoded when read (`StoredBody`).
    private var storage: Storage

    private enum Storage: Sendable {
        case decoded(QuestionBody)
        case stored(StoredBody)
    }

    public init(id: QuestionID, key: QuestionKey? = nil, title: String, label: String? = nil, line: Int,
                sections: [Section], footnotes: [Footnote] = []) {
        self.init(id: id, key: key, title: title, label: label, line: line,
                  storage: .decoded(QuestionBody(sections: sections, footnotes: footnotes)))
    }

    /// A question whose answer is read from its stored form when it is first needed.
    public init(id: QuestionID, key: QuestionKey, title: String, label: String?, line: Int, body: StoredBody) {
        self.init(id: id, key: key, title: title, label: label, line: line, storage: .stored(body))
    }

    private init(id: QuestionID, key: QuestionKey?, title: String, label: String?, line: Int, storage: Storage) {
        self.id = id
        self.key = key ?? QuestionKey(chapterID: id.chapterID, title: QuestionKey.normalizedTitle(title))
        self.title = title
        self.label = label
        self.line = line
        self.storage = storage
    }

    /// The answer's sections and footnotes (decoded now if they are stored).
    public var body: QuestionBody {
        get {
            switch storage {
            case .decoded(let body): body
            case .stored(let stored): stored.body
            }
        }
        set { storage = .decoded(newValue) }
    }

    public var sections: [Section] {
        get { body.sections }
        set { body.sections = newValue }
    }

    /// The footnotes the answer refers to, numbered in order of first reference.
    public var footnotes: [Footnote] {
        get { body.footnotes }
        set { body.footnotes = newValue }
    }

    /// The stored form the answer is read from; nil when the model holds it decoded.
    public var storedBody: StoredBody? {
        if case .stored(let stored) = storage { return stored }
        return nil
    }

    public var isBodyStored: Bool { storedBody != nil }

    /// Equal headings and equal answers; two stored answers of the same bytes are equal
    /// without decoding either (a library read again compares every question).
    public static func == (lhs: Question, rhs: Question) -> Bool {
        guard lhs.id == rhs.id, lhs.key == rhs.key, lhs.title == rhs.title, lhs.label == rhs.label, lhs.line == rhs.line else {
            return false
        }
        if case .stored(let left) = lhs.storage, case .stored(let right) = rhs.storage,
           left === right || left.fingerprint == right.fingerprint {
            return true
        }
        return lhs.body == rhs.body
    }

    /// The heading as the reader sees it: "Вопрос 3. Title", or the title alone.
    public var heading: String {
        label.map { "\($0). \(title)" } ?? title
    }

    /// The section a number key (1–6) goes to: in an answer written with the six known
    /// kinds, the kind of that number; otherwise the number-th titled section in order.
    public func section(forKey number: Int) -> Section? {
        sectionIndex(forKey: number).map { sections[$0] }
    }

    /// The position in `sections` of `section(forKey:)`.
    public func sectionIndex(forKey number: Int) -> Int? {
        let sections = self.sections
        if sections.contains(where: { $0.kind != .other }) {
            guard let kind = Section.Kind.allCases.first(where: { $0.key == number }) else { return nil }
            return sections.firstIndex { $0.kind == kind }
        }
        let titled = sections.indices.filter { !sections[$0].title.isEmpty }
        return titled.indices.contains(number - 1) ? titled[number - 1] : nil
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

/// A footnote of an answer: `[^label]` in the text, `[^label]: …` below.
public struct Footnote: Sendable, Equatable {
    public var label: String
    /// 1, 2, ... in the order the answer first refers to them.
    public var number: Int
    public var blocks: [Block]

    public init(label: String, number: Int, blocks: [Block]) {
        self.label = label
        self.number = number
        self.blocks = blocks
    }
}
