import CCmarkGFM

/// Turns cmark nodes into the model's blocks and inlines.
enum BlockConverter {
    static func block(_ node: MarkdownNode) -> Block {
        let lines = node.lines
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(inlines(of: node)), lines: lines)
        case CMARK_NODE_HEADING:
            return Block(.heading(level: node.headingLevel, inlines(of: node)), lines: lines)
        case CMARK_NODE_LIST:
            let items = node.children.map { item in item.children.map(block) }
            return Block(.list(List(isOrdered: node.isOrderedList, start: node.listStart, items: items)), lines: lines)
        case CMARK_NODE_CODE_BLOCK:
            let language = node.fenceInfo.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() }
            return Block(.code(CodeBlock(language: language, code: node.literal)), lines: lines)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.quote(node.children.map(block)), lines: lines)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.rule, lines: lines)
        case CMARK_NODE_HTML_BLOCK:
            // Raw HTML is shown as the text it is, never interpreted.
            return Block(.paragraph([.text(node.literal.trimmingWhitespace())]), lines: lines)
        default:
            if node.typeName == "table" { return Block(.table(table(node)), lines: lines) }
            // An unknown block keeps its text rather than vanishing.
            return Block(.paragraph(inlines(of: node)), lines: lines)
        }
    }

    static func table(_ node: MarkdownNode) -> Table {
        let alignments: [Table.Alignment] = node.tableAlignments.map {
            switch $0 {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
        var rows: [[[Inline]]] = node.children.map { row in row.children.map { inlines(of: $0) } }
        let header = rows.isEmpty ? [] : rows.removeFirst()
        // GFM pads short rows and drops extra cells; make that true of the model too.
        let width = alignments.count
        func fitted(_ row: [[Inline]]) -> [[Inline]] {
            row.count >= width ? Array(row.prefix(width)) : row + Array(repeating: [], count: width - row.count)
        }
        return Table(alignments: alignments, header: fitted(header), rows: rows.map(fitted))
    }

    static func inlines(of node: MarkdownNode) -> [Inline] {
        var result: [Inline] = []
        for child in node.children {
            let inline: Inline
            switch child.type {
            case CMARK_NODE_TEXT: inline = .text(child.literal)
            case CMARK_NODE_CODE: inline = .code(child.literal)
            case CMARK_NODE_STRONG: inline = .strong(inlines(of: child))
            case CMARK_NODE_EMPH: inline = .emphasis(inlines(of: child))
            case CMARK_NODE_LINK: inline = .link(text: inlines(of: child), destination: child.url)
            case CMARK_NODE_IMAGE: inline = .link(text: inlines(of: child), destination: child.url)
            case CMARK_NODE_SOFTBREAK: inline = .softBreak
            case CMARK_NODE_LINEBREAK: inline = .lineBreak
            case CMARK_NODE_HTML_INLINE: inline = .text(child.literal)
            default: inline = .text(inlines(of: child).plainText)
            }
            // cmark splits text at some punctuation; keep one run per stretch of text.
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
