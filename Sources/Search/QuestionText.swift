import Chapter

/// The parts of a question the index weighs differently.
public enum SearchField: Int, Sendable, CaseIterable, Comparable {
    case title, shortAnswer, prose, code, note

    static let count = 5

    public static func < (lhs: SearchField, rhs: SearchField) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: String {
        switch self {
        case .title: return "title"
        case .shortAnswer: return "short answer"
        case .prose: return "text"
        case .code: return "code"
        case .note: return "note"
        }
    }
}

/// Receives a question's text as units (a title, a paragraph, a list item, a table cell, a code
/// block), each made of pieces; words never span two pieces or two units.
protocol TextVisitor {
    mutating func beginUnit(_ field: SearchField)
    mutating func piece(_ text: String)
}

/// Walks everything searchable in a question: the title, every section's blocks (table cells and
/// follow-up questions included) and the code. Section headings are the same in every question,
/// so they are left out.
enum QuestionText {
    static func walk<Visitor: TextVisitor>(_ question: Question, _ visitor: inout Visitor) {
        visitor.beginUnit(.title)
        visitor.piece(question.title)
        for section in question.sections {
            let field: SearchField = section.kind == .shortAnswer ? .shortAnswer : .prose
            for block in section.blocks { walk(block, field, &visitor) }
        }
        for footnote in question.footnotes {
            for block in footnote.blocks { walk(block, .prose, &visitor) }
        }
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

    /// The text of one unit, by its number in the question (the title is unit 0).
    static func unit(_ number: Int, of question: Question) -> String? {
        var finder = UnitFinder(wanted: number)
        walk(question, &finder)
        return finder.found ? finder.text : nil
    }

    private struct UnitFinder: TextVisitor {
        var wanted: Int
        var current = -1
        var text = ""
        var found = false
        mutating func beginUnit(_ field: SearchField) {
            current += 1
            if current == wanted { found = true }
        }
        mutating func piece(_ text: String) { if current == wanted { self.text += text } }
    }

    private struct UnitCollector: TextVisitor {
        var units: [(field: SearchField, text: String)] = []
        mutating func beginUnit(_ field: SearchField) { units.append((field, "")) }
        mutating func piece(_ text: String) { units[units.count - 1].text += text }
    }
}
