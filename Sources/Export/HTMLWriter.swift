import Chapter

/// The chapter model as HTML. Every piece of text is escaped; links keep only addresses a
/// page may follow; code goes through `CodeHTML`.
enum HTMLWriter {
    static func blocks(_ blocks: [Block]) -> String {
        blocks.map(block).joined(separator: "\n")
    }

    static func block(_ block: Block) -> String {
        switch block.content {
        case .paragraph(let inlines):
            return "<p>" + self.inlines(inlines) + "</p>"
        case .heading(let level, let inlines):
            let tag = "h\(min(max(level, 4), 6))"
            return "<\(tag)>" + self.inlines(inlines) + "</\(tag)>"
        case .list(let list):
            let tag = list.isOrdered ? "ol" : "ul"
            let start = list.isOrdered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            let items = list.items.enumerated().map { index, item in
                let box = list.check(at: index).map { $0 ? "☑ " : "☐ " } ?? ""
                return "<li>" + box + blocks(item) + "</li>"
            }
            return "<\(tag)\(start)>" + items.joined() + "</\(tag)>"
        case .table(let table):
            return self.table(table)
        case .code(let code):
            return CodeHTML.block(code)
        case .quote(let blocks):
            return "<blockquote>" + self.blocks(blocks) + "</blockquote>"
        case .rule:
            return "<hr>"
        case .details(let summary, let blocks):
            return "<details open><summary>" + inlines(summary) + "</summary>" + self.blocks(blocks) + "</details>"
        }
    }

    private static func table(_ table: Table) -> String {
        func align(_ column: Int) -> String {
            guard table.alignments.indices.contains(column) else { return "" }
            switch table.alignments[column] {
            case .none: return ""
            case .left: return " style=\"text-align:left\""
            case .center: return " style=\"text-align:center\""
            case .right: return " style=\"text-align:right\""
            }
        }
        func row(_ cells: [[Inline]], tag: String) -> String {
            "<tr>" + cells.enumerated().map { "<\(tag)\(align($0))>" + inlines($1) + "</\(tag)>" }.joined() + "</tr>"
        }
        return "<table><thead>" + row(table.header, tag: "th") + "</thead><tbody>"
            + table.rows.map { row($0, tag: "td") }.joined() + "</tbody></table>"
    }

    static func inlines(_ inlines: [Inline]) -> String {
        inlines.map(inline).joined()
    }

    private static func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): return HTMLEscaping.text(text)
        case .strong(let children): return "<strong>" + inlines(children) + "</strong>"
        case .emphasis(let children): return "<em>" + inlines(children) + "</em>"
        case .strikethrough(let children): return "<del>" + inlines(children) + "</del>"
        case .code(let code): return "<code>" + HTMLEscaping.text(code) + "</code>"
        case .link(let text, let destination):
            guard let url = HTMLEscaping.safeURL(destination) else { return inlines(text) }
            return "<a href=\"\(url)\">" + inlines(text) + "</a>"
        case .lineBreak: return "<br>"
        case .softBreak: return "\n"
        case .keyboard(let key): return "<kbd>" + HTMLEscaping.text(key) + "</kbd>"
        // A study sheet carries no files: the picture's description stands in, as on screen.
        case .image(let alt, _): return "<span class=\"image\">[рисунок: " + HTMLEscaping.text(alt) + "]</span>"
        case .footnoteReference(let label): return "<sup>[" + HTMLEscaping.text(label) + "]</sup>"
        }
    }

    /// A reader's note: their own text, line by line, never read as markup.
    static func note(_ text: String) -> String {
        "<div class=\"note\">" + HTMLEscaping.text(text.trimmingWhitespace()).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "<br>\n") + "</div>"
    }
}
