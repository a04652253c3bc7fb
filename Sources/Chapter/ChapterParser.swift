import CCmarkGFM

/// Reads one chapter file's Markdown into a `Chapter`.
///
/// `#` is the chapter's number and title, each `##` a question ("Вопрос N: ..." or
/// any title, numbered in order), each `###` a section. Navigation links and the
/// `---` separators between questions are not content; everything else is kept.
public enum ChapterParser {
    public static func parse(bytes: [UInt8], chapterID: String, path: String) throws(ChapterError) -> (chapter: Chapter, warnings: [LoadWarning]) {
        let (text, warnings) = try TextDecoding.decode(bytes, path: path)
        var utf8 = text.utf8.count == bytes.count && warnings.isEmpty ? bytes : Array(text.utf8)
        let document = utf8.withUnsafeMutableBytes { MarkdownDocument(parsing: UnsafeRawBufferPointer($0)) }
        utf8 = []

        var builder = ChapterBuilder(chapterID: chapterID)
        for node in MarkdownNode(pointer: document.root).children {
            builder.add(node)
        }
        guard let chapter = builder.finish(path: path) else {
            throw ChapterError(path: path, problem: .noQuestions)
        }
        return (chapter, warnings)
    }

    public static func parse(_ text: String, chapterID: String, path: String = "<memory>") throws(ChapterError) -> Chapter {
        try parse(bytes: Array(text.utf8), chapterID: chapterID, path: path).chapter
    }
}

/// Collects questions and sections as the top-level blocks go by.
struct ChapterBuilder {
    let chapterID: String
    var title: String?
    var number: Int?
    var introduction: [Block] = []
    var questions: [PendingQuestion] = []

    struct PendingQuestion {
        var heading: String
        var line: Int
        var sections: [Section] = []
    }

    init(chapterID: String) { self.chapterID = chapterID }

    mutating func add(_ node: MarkdownNode) {
        if node.type == CMARK_NODE_HEADING {
            let heading = BlockConverter.inlines(of: node).plainText.trimmingWhitespace()
            switch node.headingLevel {
            case 1 where title == nil && questions.isEmpty:
                (number, title) = HeadingText.numbered(heading)
                return
            case 2:
                questions.append(PendingQuestion(heading: heading, line: node.startLine))
                return
            case 3 where !questions.isEmpty:
                questions[questions.count - 1].sections.append(
                    Section(kind: Section.Kind(heading: heading), title: heading, line: node.startLine, blocks: []))
                return
            default:
                break
            }
        }
        let block = BlockConverter.block(node)
        if block.isNavigation { return }
        guard !questions.isEmpty else {
            if block.content != .rule { introduction.append(block) }
            return
        }
        let last = questions.count - 1
        if questions[last].sections.isEmpty {
            // Text between the `##` and its first `###` gets a section of its own.
            questions[last].sections.append(Section(kind: .other, title: "", line: block.lines.lowerBound, blocks: []))
        }
        questions[last].sections[questions[last].sections.count - 1].blocks.append(block)
    }

    func finish(path: String) -> Chapter? {
        guard !questions.isEmpty else { return nil }
        let parsed = questions.map { HeadingText.question($0.heading) }
        let numbers = parsed.compactMap(\.number)
        // Keep the written numbers only when every question has one and none repeats.
        let useWrittenNumbers = numbers.count == parsed.count && Set(numbers).count == numbers.count
        let built = questions.enumerated().map { position, pending in
            let number = useWrittenNumbers ? parsed[position].number! : position + 1
            return Question(
                id: QuestionID(chapterID: chapterID, number: number),
                title: parsed[position].title,
                line: pending.line,
                sections: pending.sections.map(\.withoutTrailingRules))
        }
        return Chapter(
            id: chapterID,
            number: number ?? HeadingText.leadingNumber(chapterID),
            title: title ?? chapterID,
            sourcePath: path,
            questions: built,
            introduction: introduction)
    }
}

extension Block {
    /// A paragraph that is only a link to another Markdown file ("← Назад к списку тем").
    var isNavigation: Bool {
        guard case .paragraph(let inlines) = content else { return false }
        let meaningful = inlines.filter {
            if case .text(let text) = $0 { return !text.trimmingWhitespace().isEmpty }
            return $0 != .softBreak && $0 != .lineBreak
        }
        guard meaningful.count == 1, case .link(_, let destination) = meaningful[0] else { return false }
        let target = destination.split(separator: "#").first.map(String.init) ?? destination
        return target.lowercased().hasSuffix(".md") && !target.contains("://")
    }
}

extension Section {
    /// The `---` that separates questions is not part of the last section.
    var withoutTrailingRules: Section {
        var section = self
        while section.blocks.last?.content == .rule { section.blocks.removeLast() }
        return section
    }
}

/// Reads numbers out of headings: "04. Asyncio", "Вопрос 3: ...".
enum HeadingText {
    /// "04. Title" → (4, "Title"); a heading without a number is all title.
    static func numbered(_ heading: String) -> (Int?, String) {
        let digits = heading.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, let number = Int(digits) else { return (nil, heading) }
        var rest = heading.dropFirst(digits.count)
        guard let separator = rest.first, separator == "." || separator == ":" || separator == " " else {
            return (nil, heading)
        }
        rest = rest.dropFirst()
        let title = rest.trimmingWhitespace()
        return (number, title.isEmpty ? heading : title)
    }

    /// "Вопрос 3: Title" → (3, "Title"); anything else → (nil, heading).
    static func question(_ heading: String) -> (number: Int?, title: String) {
        let words = ["вопрос", "question"]
        let lowered = heading.lowercased()
        guard let word = words.first(where: { lowered.hasPrefix($0) }) else { return (nil, heading) }
        let afterWord = heading.dropFirst(word.count).drop(while: { $0 == " " || $0 == "№" })
        let (number, title) = numbered(String(afterWord))
        guard let number else { return (nil, heading) }
        return (number, title)
    }

    static func leadingNumber(_ text: String) -> Int? {
        Int(text.prefix(while: \.isASCIIDigit))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
