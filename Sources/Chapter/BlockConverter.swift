import CCmarkGFM

/// Turns cmark nodes into the model's blocks and inlines.
enum BlockConverter {
    /// Quotes and lists nest at most this deep in the model, inline markup too: every reader of
    /// the model recurses over it, and 12,000 nested `>` overflowed the stack.
    static let maximumDepth = 16
    /// Opens what was nested deeper than `maximumDepth`, now shown flat.
    static let flatteningMark = "⋯ (вложено глубже \(maximumDepth) уровней, показано без вложенности)"

    static func block(_ node: MarkdownNode, depth: Int = 0) -> Block {
        let lines = node.lines
        if depth >= maximumDepth && (node.type == CMARK_NODE_LIST || node.type == CMARK_NODE_BLOCK_QUOTE) {
            return flattened(node)
        }
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(inlines(of: node)), lines: lines)
        case CMARK_NODE_HEADING:
            return Block(.heading(level: node.headingLevel, inlines(of: node)), lines: lines)
        case CMARK_NODE_LIST:
            let items = node.children.map { item in item.children.map { block($0, depth: depth + 1) } }
            let checks: [Bool?] = node.children.map { $0.typeName == "tasklist" ? $0.isCheckedTask : nil }
            let list = List(isOrdered: node.isOrderedList, start: node.listStart, items: items,
                            checks: checks.contains { $0 != nil } ? checks : [])
            return Block(.list(list), lines: lines)
        case CMARK_NODE_CODE_BLOCK:
            let language = node.fenceInfo.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() }
            return Block(.code(CodeBlock(language: language, code: node.literal)), lines: lines)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.quote(node.children.map { block($0, depth: depth + 1) }), lines: lines)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.rule, lines: lines)
        case CMARK_NODE_HTML_BLOCK:
            // Raw HTML never shows its tags: its text, a <details> as a titled block.
            return Block(HTMLText.content(of: node.literal), lines: lines)
        default:
            if node.typeName == "table" { return Block(.table(table(node)), lines: lines) }
            if node.type == CMARK_NODE_FOOTNOTE_DEFINITION {
                return Block(.quote(node.children.map { block($0, depth: depth + 1) }), lines: lines)
            }
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

    /// A container nested too deep: the blocks inside it, found without recursion, in one quote
    /// that opens with `flatteningMark`.
    static func flattened(_ node: MarkdownNode) -> Block {
        var blocks = [Block(.paragraph([.text(flatteningMark)]), lines: node.lines)]
        node.walk { descendant in
            switch descendant.type {
            case CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE:
                return true
            default:
                blocks.append(block(descendant, depth: maximumDepth))
                return false
            }
        }
        return Block(.quote(blocks), lines: node.lines)
    }

    static func inlines(of node: MarkdownNode, depth: Int = 0) -> [Inline] {
        var result: [Inline] = []
        var openTags: [(tag: String, start: Int)] = []
        for child in node.children {
            let inline: Inline
            if child.type == CMARK_NODE_HTML_INLINE {
                // Tags shape the text around them (or go); they are never shown.
                HTMLText.applyInlineTag(child.literal, to: &result, openTags: &openTags)
                continue
            }
            let nested = { inlines(of: child, depth: depth + 1) }
            let room = depth < maximumDepth  // deeper markup falls to `default`: its plain text
            switch child.type {
            case CMARK_NODE_TEXT: inline = .text(child.literal)
            case CMARK_NODE_CODE: inline = .code(child.literal)
            case CMARK_NODE_STRONG where room: inline = .strong(nested())
            case CMARK_NODE_EMPH where room: inline = .emphasis(nested())
            case CMARK_NODE_LINK where room: inline = .link(text: nested(), destination: child.url)
            case CMARK_NODE_IMAGE: inline = .image(alt: child.plainText, destination: child.url)
            case CMARK_NODE_FOOTNOTE_REFERENCE: inline = .footnoteReference(child.literal)
            case CMARK_NODE_SOFTBREAK: inline = .softBreak
            case CMARK_NODE_LINEBREAK: inline = .lineBreak
            default:
                if child.typeName == "strikethrough", room {
                    inline = .strikethrough(nested())
                } else {
                    inline = .text(child.plainText)
                }
            }
            // cmark splits text at some punctuation; keep one run per stretch of text.
            // (Never into text before an open tag: the tag's content starts after it.)
            if case .text(let text) = inline, case .text(let previous)? = result.last,
               openTags.last.map({ $0.start < result.count }) ?? true {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
