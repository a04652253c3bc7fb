import Chapter

/// The parts of a question the index weighs differently.
public enum SearchField: Int, Sendable, CaseIterable, Comparable {
    /// `followUp`: the follow-up questions an answer lists; they name other topics, so a
    /// question asked there is answered elsewhere and weighs least.
    case title, shortAnswer, prose, code, note, followUp

    static let count = 6

    public static func < (lhs: SearchField, rhs: SearchField) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: String {
        switch self {
        case .title: return "title"
        case .shortAnswer: return "short answer"
        case .prose: return "text"
        case .code: return "code"
        case .note: return "note"
        case .followUp: return "follow-up"
        }
    }
}

/// Receives a question's text as units (a title, a paragraph, a list item, a table cell, a code
/// block), each made of pieces; words never span two pieces or two units.
protocol TextVisitor {
    /// False for a visitor that only counts units: the walk then skips telling fields apart.
    static var readsFields: Bool { get }
    mutating func beginUnit(_ field: SearchField)
    mutating func piece(_ text: String)
}

extension TextVisitor {
    static var readsFields: Bool { true }
}

/// Walks everything searchable in a question: the title, every section's blocks (table cells and
/// follow-up questions included) and the code. Section headings are the same in every question,
/// so they are left out.
enum QuestionText {
    static func walk<Visitor: TextVisitor>(_ question: Question, _ visitor: inout Visitor) {
        visitor.beginUnit(.title)
        visitor.piece(question.title)
        for section in question.sections {
            let readsFields = Visitor.readsFields
            let field: SearchField = readsFields && isShortAnswer(section) ? .shortAnswer : .prose
            let followUps = readsFields ? followUpList(in: section) : nil
            for (index, block) in section.blocks.enumerated() {
                walk(block, index == followUps ? .followUp : field, &visitor)
            }
        }
        for footnote in question.footnotes {
            for block in footnote.blocks { walk(block, .prose, &visitor) }
        }
    }

    /// The short answer, also under an English heading, which the model keeps as a generic section.
    private static func isShortAnswer(_ section: Section) -> Bool {
        if section.kind == .shortAnswer { return true }
        guard section.kind == .other, section.title.utf8.count <= 16 else { return false }
        return section.title.trimmingWhitespace().lowercased() == "short answer"
    }

    /// Which block of a section is its follow-up list, read as `Interview` reads it: the list after
    /// a bold "Follow-up вопросы:" lead-in, else the interview section's first list. The lead-in
    /// is also looked for under headings the model does not know ("In the interview").
    private static func followUpList(in section: Section) -> Int? {
        guard section.kind == .interview || section.kind == .other else { return nil }
        var firstList: Int?
        var afterLead = false
        for (index, block) in section.blocks.enumerated() {
            switch block.content {
            case .list:
                if afterLead { return index }
                if firstList == nil { firstList = index }
            case .paragraph(let inlines):
                if case .strong(let lead)? = inlines.first { afterLead = isFollowUpLead(lead.plainText) }
            default:
                break
            }
        }
        return section.kind == .interview ? firstList : nil
    }

    private static func isFollowUpLead(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "fFдД".unicodeScalars.contains(first) else { return false }
        let folded = text.lowercased()
        return folded.hasPrefix("follow-up") || folded.hasPrefix("follow up") || folded.hasPrefix("дополнительные вопросы")
    }

    private static func walk<Visitor: TextVisitor>(_ block: Block, _ field: SearchField, _ visitor: inout Visitor) {
        switch block.content {
        case .paragraph(let inlines), .heading(_, let inlines):
            visitor.beginUnit(field)
            walk(inlines, &visitor)
        case .list(let list):
            for item in list.items {
                for block in item { walk(block, field, &visitor) }
            }
        case .table(let table):
            for cell in table.header {
                visitor.beginUnit(field)
                walk(cell, &visitor)
            }
            for row in table.rows {
                for cell in row {
                    visitor.beginUnit(field)
                    walk(cell, &visitor)
                }
            }
        case .code(let code):
            visitor.beginUnit(.code)
            visitor.piece(code.code)
        case .quote(let blocks):
            for block in blocks { walk(block, field, &visitor) }
        case .details(let summary, let blocks):
            visitor.beginUnit(field)
            walk(summary, &visitor)
            for block in blocks { walk(block, field, &visitor) }
        case .rule:
            break
        }
    }

    private static func walk<Visitor: TextVisitor>(_ inlines: [Inline], _ visitor: inout Visitor) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text), .keyboard(let text), .image(let text, _): visitor.piece(text)
            case .strong(let children), .emphasis(let children), .strikethrough(let children): walk(children, &visitor)
            case .footnoteReference: break
            case .link(let text, _): walk(text, &visitor)
            case .lineBreak, .softBreak: visitor.piece(" ")
            }
        }
    }

    /// Every unit of a question as (field, text), for snippets.
    static func units(of question: Question) -> [(field: SearchField, text: String)] {
        var collector = UnitCollector()
        walk(question, &collector)
        return collector.units
    }

    /// The texts of some units, by their numbers in the question (the title is unit 0), read in
    /// one walk.
    static func units(_ numbers: [Int], of question: Question) -> [Int: String] {
        var finder = UnitFinder(wanted: Set(numbers))
        walk(question, &finder)
        return finder.texts
    }

    private struct UnitFinder: TextVisitor {
        static var readsFields: Bool { false }
        var wanted: Set<Int>
        var current = -1
        var isWanted = false
        var texts: [Int: String] = [:]
        mutating func beginUnit(_ field: SearchField) {
            current += 1
            isWanted = wanted.contains(current)
            if isWanted { texts[current] = "" }
        }
        mutating func piece(_ text: String) { if isWanted { texts[current]! += text } }
    }

    private struct UnitCollector: TextVisitor {
        var units: [(field: SearchField, text: String)] = []
        mutating func beginUnit(_ field: SearchField) { units.append((field, "")) }
        mutating func piece(_ text: String) { units[units.count - 1].text += text }
    }
}
