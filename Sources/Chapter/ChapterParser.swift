import CCmarkGFM

/// Reads one chapter file's Markdown into a `Chapter`.
///
/// Front matter is skipped (its `title:` names a chapter that has no `#`). `#` is the
/// chapter's number and title, each `##` a question ("Вопрос N: ...", "Question N: ..." or
/// any title, numbered in order), each `###` a section. A `##` such as "См. также" or
/// "See also" starts the chapter's appendix, which is never a question. Navigation links
/// and the `---` separators between questions are not content; everything else is kept.
public enum ChapterParser {
    public static func parse(bytes: [UInt8], chapterID: String, path: String) throws(ChapterError) -> (chapter: Chapter, warnings: [LoadWarning]) {
        let (decoded, warnings) = try TextDecoding.decode(bytes, path: path)
        let frontMatter = FrontMatter.strip(decoded)
        let text = frontMatter?.text ?? decoded
        let unchanged = frontMatter == nil && text.utf8.count == bytes.count && warnings.isEmpty
        var utf8 = unchanged ? bytes : Array(text.utf8)
        let document = utf8.withUnsafeMutableBytes { MarkdownDocument(parsing: UnsafeRawBufferPointer($0)) }
        utf8 = []

        var builder = ChapterBuilder(chapterID: chapterID)
        builder.frontMatterTitle = frontMatter?.title
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
    var frontMatterTitle: String?
    var introduction: [Block] = []
    var questions: [PendingQuestion] = []
    var appendix: [Section] = []
    var inAppendix = false
    var footnoteDefinitions: [String: [Block]] = [:]
    /// `<details>` blocks opened by an HTML block and not closed yet, innermost last.
    var openDetails: [(summary: [Inline], blocks: [Block], line: Int)] = []

    struct PendingQuestion {
        var heading: String
        var line: Int
        var sections: [Section] = []
    }

    init(chapterID: String) { self.chapterID = chapterID }

    mutating func add(_ node: MarkdownNode) {
        if node.type == CMARK_NODE_FOOTNOTE_DEFINITION {
            // cmark-gfm puts the referenced definitions last, in order of first reference,
            // and turns each reference's label into that position ("1", "2", ...).
            footnoteDefinitions[String(footnoteDefinitions.count + 1)] = node.children.map { BlockConverter.block($0) }
            return
        }
        if node.type == CMARK_NODE_HEADING {
            let heading = BlockConverter.inlines(of: node).plainText.trimmingWhitespace()
            let level = node.headingLevel
            // A forgotten </details> must not swallow the questions that follow.
            if level <= 2 { closeOpenDetails(endLine: node.startLine - 1) }
            if openDetails.isEmpty {
                switch level {
                case 1 where title == nil && questions.isEmpty && !inAppendix:
                    (number, title) = HeadingText.numbered(heading)
                    return
                case 1 where Appendix.isHeading(heading), 2 where Appendix.isHeading(heading):
                    inAppendix = true
                    appendix.append(Section(kind: .other, title: heading, line: node.startLine, blocks: []))
                    return
                case 2:
                    inAppendix = false
                    questions.append(PendingQuestion(heading: heading, line: node.startLine))
                    return
                case 3 where !questions.isEmpty && !inAppendix:
                    questions[questions.count - 1].sections.append(
                        Section(kind: Section.Kind(heading: heading), title: heading, line: node.startLine, blocks: []))
                    return
                default:
                    break
                }
            }
        }
        if node.type == CMARK_NODE_HTML_BLOCK {
            let analysis = HTMLText.analyze(node.literal)
            if analysis.unclosedDetails > 0, case .details(let summary, let blocks) = analysis.content {
                openDetails.append((summary, blocks, node.startLine))
                return
            }
            if analysis.unclosedDetails < 0, !openDetails.isEmpty {
                if case .paragraph(let inlines) = analysis.content, !inlines.isEmpty {
                    place(Block(.paragraph(inlines), lines: node.lines))
                }
                closeInnermostDetails(endLine: node.endLine)
                return
            }
        }
        let block = BlockConverter.block(node)
        if block.isNavigation { return }
        if case .paragraph(let inlines) = block.content, inlines.isEmpty { return }
        place(block)
    }

    /// Puts a block where the reader is: inside an open `<details>`, the appendix, the
    /// current section, or the introduction.
    mutating func place(_ block: Block) {
        if !openDetails.isEmpty {
            openDetails[openDetails.count - 1].blocks.append(block)
            return
        }
        if inAppendix {
            appendix[appendix.count - 1].blocks.append(block)
            return
        }
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

    mutating func closeInnermostDetails(endLine: Int) {
        guard let open = openDetails.popLast() else { return }
        place(Block(.details(summary: open.summary, blocks: open.blocks), lines: open.line...max(open.line, endLine)))
    }

    mutating func closeOpenDetails(endLine: Int) {
        while !openDetails.isEmpty { closeInnermostDetails(endLine: endLine) }
    }

    mutating func finish(path: String) -> Chapter? {
        closeOpenDetails(endLine: questions.last?.line ?? 1)
        guard !questions.isEmpty else { return nil }
        let parsed = questions.map { HeadingText.question($0.heading) }
        let numbers = parsed.compactMap(\.number)
        // Keep the written numbers only when every question has one and none repeats.
        let useWrittenNumbers = numbers.count == parsed.count && Set(numbers).count == numbers.count
        var keys = QuestionKeys(chapterID: chapterID)
        let built = questions.enumerated().map { position, pending in
            let number = useWrittenNumbers ? parsed[position].number! : position + 1
            let sections = pending.sections.map(\.withoutTrailingRules)
            return Question(
                id: QuestionID(chapterID: chapterID, number: number),
                key: keys.next(for: parsed[position].title),
                title: parsed[position].title,
                label: parsed[position].label,
                line: pending.line,
                sections: sections,
                footnotes: footnotes(referencedIn: sections))
        }
        let (headingNumber, headingTitle) = title.map { (number, $0) } ?? frontMatterTitle.map(HeadingText.numbered) ?? (nil, chapterID)
        return Chapter(
            id: chapterID,
            number: headingNumber ?? HeadingText.leadingNumber(chapterID),
            title: headingTitle,
            sourcePath: path,
            questions: built,
            introduction: introduction,
            appendix: appendix.map(\.withoutTrailingRules))
    }

    /// The definitions an answer refers to, numbered in order of first reference.
    func footnotes(referencedIn sections: [Section]) -> [Footnote] {
        var labels: [String] = []
        for section in sections {
            for block in section.blocks { block.collectFootnoteLabels(into: &labels) }
        }
        return labels.compactMap { label in footnoteDefinitions[label].map { (label, $0) } }
            .enumerated().map { Footnote(label: $1.0, number: $0 + 1, blocks: $1.1) }
    }
}

/// Keys unique within a chapter: a repeated title gets " #2", " #3" (which no normalised
/// title can contain), so two questions never share a note.
struct QuestionKeys {
    let chapterID: String
    var seen: [String: Int] = [:]

    mutating func next(for title: String) -> QuestionKey {
        let normalized = QuestionKey.normalizedTitle(title)
        let count = (seen[normalized] ?? 0) + 1
        seen[normalized] = count
        return QuestionKey(chapterID: chapterID, title: count == 1 ? normalized : "\(normalized) #\(count)")
    }
}

/// Chapter-level headings that open the appendix rather than a question.
enum Appendix {
    /// Normalised titles, as UTF-8 bytes (see `Section.Kind.byName`).
    static let titles: Set<[UInt8]> = Set([
        "см также", "смотри также", "смотрите также", "ссылки", "полезные ссылки", "литература",
        "источники", "дополнительные материалы", "что почитать", "see also", "resources",
        "references", "further reading", "links", "useful links", "reading",
    ].map { Array($0.utf8) })

    static func isHeading(_ heading: String) -> Bool {
        guard heading.utf8.count <= 64 else { return false }
        return titles.contains(Array((QuestionKey.fastNormalized(heading) ?? QuestionKey.generalNormalized(heading)).utf8))
    }
}

extension Block {
    /// The footnote labels a block refers to, each once, in order.
    func collectFootnoteLabels(into labels: inout [String]) {
        switch content {
        case .paragraph(let inlines), .heading(_, let inlines): Inline.collectFootnoteLabels(inlines, into: &labels)
        case .list(let list): for item in list.items { for block in item { block.collectFootnoteLabels(into: &labels) } }
        case .table(let table):
            for cell in table.header + table.rows.flatMap({ $0 }) { Inline.collectFootnoteLabels(cell, into: &labels) }
        case .quote(let blocks): for block in blocks { block.collectFootnoteLabels(into: &labels) }
        case .details(let summary, let blocks):
            Inline.collectFootnoteLabels(summary, into: &labels)
            for block in blocks { block.collectFootnoteLabels(into: &labels) }
        case .code, .rule: break
        }
    }
}

extension Inline {
    static func collectFootnoteLabels(_ inlines: [Inline], into labels: inout [String]) {
        for inline in inlines {
            switch inline {
            case .footnoteReference(let label): if !labels.contains(label) { labels.append(label) }
            case .strong(let children), .emphasis(let children), .strikethrough(let children), .link(let children, _):
                collectFootnoteLabels(children, into: &labels)
            default: break
            }
        }
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

    /// "Вопрос 3: Title" → (3, "Title", "Вопрос 3"); anything else → (nil, heading, nil).
    static func question(_ heading: String) -> (number: Int?, title: String, label: String?) {
        // Most headings are not "Вопрос N" at all: one scalar tells.
        guard let first = heading.unicodeScalars.first, "вВqQ".unicodeScalars.contains(first) else { return (nil, heading, nil) }
        let words = ["вопрос", "question"]
        let lowered = heading.prefix(8).lowercased()
        guard let word = words.first(where: { lowered.hasPrefix($0) }) else { return (nil, heading, nil) }
        let afterWord = heading.dropFirst(word.count).drop(while: { $0 == " " || $0 == "№" })
        let (number, title) = numbered(String(afterWord))
        guard let number else { return (nil, heading, nil) }
        return (number, title, "\(heading.prefix(word.count)) \(number)")
    }

    static func leadingNumber(_ text: String) -> Int? {
        Int(text.prefix(while: \.isASCIIDigit))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
