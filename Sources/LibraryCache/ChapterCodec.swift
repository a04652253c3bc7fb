import Chapter

/// The chapter model in the cache's binary form, and back. Nesting is capped on reading as
/// the parser caps it on building, so a crafted file cannot run the stack out.
enum ChapterCodec {
    /// Deeper than any model the parser builds (it flattens lists and quotes past 32 levels).
    static let maximumDepth = 200

    /// A chapter's model in two parts: the head (the chapter's own fields, each question's
    /// heading with where its body is, the warnings, how wide its code is) is what the whole library needs and is
    /// read at open; the bodies follow one after another and are read one at a time, when
    /// their question is shown, searched or exported.
    static func encode(_ chapter: Chapter, warnings: [LoadWarning], head writer: inout BinaryWriter, bodies: inout BinaryWriter) {
        writer.string(chapter.id)
        writer.optionalInt(chapter.number)
        writer.string(chapter.title)
        writer.string(chapter.sourcePath)
        encode(chapter.introduction, &writer)
        writer.count(chapter.appendix.count)
        for section in chapter.appendix { encode(section, &writer) }
        writer.count(chapter.questions.count)
        for question in chapter.questions {
            var body = BinaryWriter()
            encode(question.body, &body)
            writer.int(question.number)
            writer.string(question.key.chapterID)
            writer.string(question.key.title)
            writer.string(question.title)
            writer.optionalString(question.label)
            writer.int(question.line)
            writer.count(body.bytes.count)
            writer.word(ContentHash.of(body.bytes))
            bodies.raw(body.bytes)
        }
        writer.count(warnings.count)
        for warning in warnings {
            writer.string(warning.path)
            writer.optionalInt(warning.line)
            writer.string(warning.message)
        }
        let widths = chapter.codeLineWidths
        writer.count(widths.lineCounts.count)
        for lines in widths.lineCounts { writer.varint(UInt64(lines)) }
        writer.varint(UInt64(widths.longestBlock))
    }

    /// A question's heading as the head has it, and where its body is among the bodies.
    struct QuestionHead {
        var id: QuestionID
        var key: QuestionKey
        var title: String
        var label: String?
        var line: Int
        /// The body's bytes: offset from the start of the bodies, and count.
        var body: Range<Int>
        var checksum: UInt64
    }

    /// A chapter's head: everything but its questions' bodies.
    struct Head {
        var id: String
        var number: Int?
        var title: String
        var sourcePath: String
        var introduction: [Block]
        var appendix: [Section]
        var questions: [QuestionHead]
        var warnings: [LoadWarning]
        var codeLineWidths: CodeLineWidths

        /// The chapter with each question's body from `body` (given the question's head).
        func chapter(body: (QuestionHead) throws(CacheDamage) -> Question) throws(CacheDamage) -> Chapter {
            var built: [Question] = []
            built.reserveCapacity(questions.count)
            for question in questions { built.append(try body(question)) }
            return Chapter(id: id, number: number, title: title, sourcePath: sourcePath, questions: built,
                           introduction: introduction, appendix: appendix, codeLineWidths: codeLineWidths)
        }
    }

    /// Reads a head whose bodies take `bodiesCount` bytes: their ranges must tile them exactly.
    static func decodeHead(_ reader: inout BinaryReader, bodiesCount: Int) throws(CacheDamage) -> Head {
        let id = try reader.string()
        let number = try reader.optionalInt()
        let title = try reader.string()
        let sourcePath = try reader.string()
        let introduction = try blocks(&reader, depth: 0)
        var appendix: [Section] = []
        for _ in 0..<(try reader.count()) { appendix.append(try section(&reader)) }
        var questions: [QuestionHead] = []
        let questionCount = try reader.count()
        questions.reserveCapacity(questionCount)
        var offset = 0
        for _ in 0..<questionCount {
            let number = try reader.int()
            // The chapter's own id (as it always is) shares the chapter's string: one allocation, not one a question.
            let keyChapter = try reader.string()
            let key = QuestionKey(chapterID: keyChapter == id ? id : keyChapter, title: try reader.string())
            let title = try reader.string()
            let label = try reader.optionalString()
            let line = try reader.int()
            // A count of bytes of the bodies, not of the head: bounded by them.
            let length = try reader.varint()
            let checksum = try reader.word()
            guard length <= UInt64(bodiesCount - offset) else { throw CacheDamage("a body beyond the end") }
            questions.append(QuestionHead(id: QuestionID(chapterID: id, number: number), key: key, title: title, label: label,
                                          line: line, body: offset..<(offset + Int(length)), checksum: checksum))
            offset += Int(length)
        }
        guard offset == bodiesCount else { throw CacheDamage("bytes between the bodies") }
        var warnings: [LoadWarning] = []
        for _ in 0..<(try reader.count()) {
            warnings.append(LoadWarning(path: try reader.string(), line: try reader.optionalInt(), message: try reader.string()))
        }
        var lineCounts: [Int] = []
        for _ in 0..<(try reader.count()) { lineCounts.append(try smallNumber(&reader)) }
        guard let codeLineWidths = CodeLineWidths(lineCounts: lineCounts, longestBlock: try smallNumber(&reader)) else {
            throw CacheDamage("code line widths out of range")
        }
        return Head(id: id, number: number, title: title, sourcePath: sourcePath, introduction: introduction,
                    appendix: appendix, questions: questions, warnings: warnings, codeLineWidths: codeLineWidths)
    }

    /// A count that is not of bytes (lines, say): any number a chapter could have, no larger.
    private static func smallNumber(_ reader: inout BinaryReader) throws(CacheDamage) -> Int {
        let value = try reader.varint()
        guard value <= UInt64(Int32.max) else { throw CacheDamage("a number out of range") }
        return Int(value)
    }

    /// One question's body from its bytes, checked against the checksum its head gives.
    static func decodeBody(_ bytes: UnsafeRawBufferPointer, checksum: UInt64) throws(CacheDamage) -> QuestionBody {
        guard ContentHash.of(bytes) == checksum else { throw CacheDamage("a body's checksum mismatch") }
        var reader = BinaryReader(bytes)
        var sections: [Section] = []
        let sectionCount = try reader.count()
        sections.reserveCapacity(sectionCount)
        for _ in 0..<sectionCount { sections.append(try section(&reader)) }
        var footnotes: [Footnote] = []
        for _ in 0..<(try reader.count()) {
            footnotes.append(Footnote(label: try reader.string(), number: try reader.int(), blocks: try blocks(&reader, depth: 0)))
        }
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes in a body") }
        return QuestionBody(sections: sections, footnotes: footnotes)
    }

    // MARK: bodies and sections

    private static func encode(_ body: QuestionBody, _ writer: inout BinaryWriter) {
        writer.count(body.sections.count)
        for section in body.sections { encode(section, &writer) }
        writer.count(body.footnotes.count)
        for footnote in body.footnotes {
            writer.string(footnote.label)
            writer.int(footnote.number)
            encode(footnote.blocks, &writer)
        }
    }

    private static let kinds = Section.Kind.allCases

    private static func encode(_ section: Section, _ writer: inout BinaryWriter) {
        writer.byte(UInt8(kinds.firstIndex(of: section.kind)!))
        writer.string(section.title)
        writer.int(section.line)
        encode(section.blocks, &writer)
    }

    private static func section(_ reader: inout BinaryReader) throws(CacheDamage) -> Section {
        let kind = Int(try reader.byte())
        guard kind < kinds.count else { throw CacheDamage("bad section kind") }
        return Section(kind: kinds[kind], title: try reader.string(), line: try reader.int(), blocks: try blocks(&reader, depth: 0))
    }

    // MARK: blocks

    private enum BlockTag: UInt8 {
        case paragraph, heading, list, table, code, quote, rule, details
    }

    private static func encode(_ blocks: [Block], _ writer: inout BinaryWriter) {
        writer.count(blocks.count)
        for block in blocks { encode(block, &writer) }
    }

    private static func encode(_ block: Block, _ writer: inout BinaryWriter) {
        switch block.content {
        case .paragraph(let inlines):
            writer.byte(BlockTag.paragraph.rawValue)
            encode(inlines, &writer)
        case .heading(let level, let inlines):
            writer.byte(BlockTag.heading.rawValue)
            writer.int(level)
            encode(inlines, &writer)
        case .list(let list):
            writer.byte(BlockTag.list.rawValue)
            writer.bool(list.isOrdered)
            writer.int(list.start)
            writer.count(list.items.count)
            for item in list.items { encode(item, &writer) }
            writer.count(list.checks.count)
            for check in list.checks { writer.byte(check.map { $0 ? 2 : 1 } ?? 0) }
        case .table(let table):
            writer.byte(BlockTag.table.rawValue)
            writer.count(table.alignments.count)
            for alignment in table.alignments { writer.byte(alignmentCode(alignment)) }
            writer.count(table.header.count)
            for cell in table.header { encode(cell, &writer) }
            writer.count(table.rows.count)
            for row in table.rows {
                writer.count(row.count)
                for cell in row { encode(cell, &writer) }
            }
        case .code(let code):
            writer.byte(BlockTag.code.rawValue)
            writer.optionalString(code.language)
            writer.string(code.code)
        case .quote(let blocks):
            writer.byte(BlockTag.quote.rawValue)
            encode(blocks, &writer)
        case .rule:
            writer.byte(BlockTag.rule.rawValue)
        case .details(let summary, let blocks):
            writer.byte(BlockTag.details.rawValue)
            encode(summary, &writer)
            encode(blocks, &writer)
        }
        writer.int(block.lines.lowerBound)
        writer.int(block.lines.upperBound)
    }

    private static func blocks(_ reader: inout BinaryReader, depth: Int) throws(CacheDamage) -> [Block] {
        guard depth < maximumDepth else { throw CacheDamage("nested too deep") }
        let count = try reader.count(bytesEach: 3)
        var blocks: [Block] = []
        blocks.reserveCapacity(count)
        for _ in 0..<count { blocks.append(try block(&reader, depth: depth)) }
        return blocks
    }

    private static func block(_ reader: inout BinaryReader, depth: Int) throws(CacheDamage) -> Block {
        guard let tag = BlockTag(rawValue: try reader.byte()) else { throw CacheDamage("bad block") }
        let content: Block.Content
        switch tag {
        case .paragraph:
            content = .paragraph(try inlines(&reader, depth: depth))
        case .heading:
            content = .heading(level: try reader.int(), try inlines(&reader, depth: depth))
        case .list:
            let isOrdered = try reader.bool()
            let start = try reader.int()
            var items: [[Block]] = []
            for _ in 0..<(try reader.count()) { items.append(try blocks(&reader, depth: depth + 1)) }
            var checks: [Bool?] = []
            for _ in 0..<(try reader.count()) {
                switch try reader.byte() {
                case 0: checks.append(nil)
                case 1: checks.append(false)
                case 2: checks.append(true)
                default: throw CacheDamage("bad task box")
                }
            }
            content = .list(List(isOrdered: isOrdered, start: start, items: items, checks: checks))
        case .table:
            var alignments: [Table.Alignment] = []
            for _ in 0..<(try reader.count()) { alignments.append(try alignment(try reader.byte())) }
            var header: [[Inline]] = []
            for _ in 0..<(try reader.count()) { header.append(try inlines(&reader, depth: depth)) }
            var rows: [[[Inline]]] = []
            for _ in 0..<(try reader.count()) {
                var row: [[Inline]] = []
                for _ in 0..<(try reader.count()) { row.append(try inlines(&reader, depth: depth)) }
                rows.append(row)
            }
            content = .table(Table(alignments: alignments, header: header, rows: rows))
        case .code:
            content = .code(CodeBlock(language: try reader.optionalString(), code: try reader.string()))
        case .quote:
            content = .quote(try blocks(&reader, depth: depth + 1))
        case .rule:
            content = .rule
        case .details:
            content = .details(summary: try inlines(&reader, depth: depth), blocks: try blocks(&reader, depth: depth + 1))
        }
        let lower = try reader.int(), upper = try reader.int()
        guard lower <= upper else { throw CacheDamage("bad line range") }
        return Block(content, lines: lower...upper)
    }

    private static func alignmentCode(_ alignment: Table.Alignment) -> UInt8 {
        switch alignment {
        case .none: return 0
        case .left: return 1
        case .center: return 2
        case .right: return 3
        }
    }

    private static func alignment(_ code: UInt8) throws(CacheDamage) -> Table.Alignment {
        switch code {
        case 0: return .none
        case 1: return .left
        case 2: return .center
        case 3: return .right
        default: throw CacheDamage("bad alignment")
        }
    }

    // MARK: inlines

    private enum InlineTag: UInt8 {
        case text, strong, emphasis, code, link, lineBreak, softBreak, strikethrough, keyboard, image, footnoteReference
    }

    private static func encode(_ inlines: [Inline], _ writer: inout BinaryWriter) {
        writer.count(inlines.count)
        for inline in inlines { encode(inline, &writer) }
    }

    private static func encode(_ inline: Inline, _ writer: inout BinaryWriter) {
        switch inline {
        case .text(let text):
            writer.byte(InlineTag.text.rawValue)
            writer.string(text)
        case .strong(let children):
            writer.byte(InlineTag.strong.rawValue)
            encode(children, &writer)
        case .emphasis(let children):
            writer.byte(InlineTag.emphasis.rawValue)
            encode(children, &writer)
        case .code(let text):
            writer.byte(InlineTag.code.rawValue)
            writer.string(text)
        case .link(let text, let destination):
            writer.byte(InlineTag.link.rawValue)
            encode(text, &writer)
            writer.string(destination)
        case .lineBreak:
            writer.byte(InlineTag.lineBreak.rawValue)
        case .softBreak:
            writer.byte(InlineTag.softBreak.rawValue)
        case .strikethrough(let children):
            writer.byte(InlineTag.strikethrough.rawValue)
            encode(children, &writer)
        case .keyboard(let key):
            writer.byte(InlineTag.keyboard.rawValue)
            writer.string(key)
        case .image(let alt, let destination):
            writer.byte(InlineTag.image.rawValue)
            writer.string(alt)
            writer.string(destination)
        case .footnoteReference(let label):
            writer.byte(InlineTag.footnoteReference.rawValue)
            writer.string(label)
        }
    }

    private static func inlines(_ reader: inout BinaryReader, depth: Int) throws(CacheDamage) -> [Inline] {
        guard depth < maximumDepth else { throw CacheDamage("nested too deep") }
        let count = try reader.count()
        var inlines: [Inline] = []
        inlines.reserveCapacity(count)
        for _ in 0..<count { inlines.append(try inline(&reader, depth: depth)) }
        return inlines
    }

    private static func inline(_ reader: inout BinaryReader, depth: Int) throws(CacheDamage) -> Inline {
        guard let tag = InlineTag(rawValue: try reader.byte()) else { throw CacheDamage("bad inline") }
        switch tag {
        case .text: return .text(try reader.string())
        case .strong: return .strong(try inlines(&reader, depth: depth + 1))
        case .emphasis: return .emphasis(try inlines(&reader, depth: depth + 1))
        case .code: return .code(try reader.string())
        case .link: return .link(text: try inlines(&reader, depth: depth + 1), destination: try reader.string())
        case .lineBreak: return .lineBreak
        case .softBreak: return .softBreak
        case .strikethrough: return .strikethrough(try inlines(&reader, depth: depth + 1))
        case .keyboard: return .keyboard(try reader.string())
        case .image: return .image(alt: try reader.string(), destination: try reader.string())
        case .footnoteReference: return .footnoteReference(try reader.string())
        }
    }
}
