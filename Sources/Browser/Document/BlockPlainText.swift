import Chapter

/// Blocks as plain text for the clipboard: paragraphs and list items as the reader sees
/// them, code as written, no markup.
enum BlockPlainText {
    static func text(_ blocks: [Block]) -> String {
        blocks.map(text).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static func text(_ block: Block) -> String {
        switch block.content {
        case .paragraph(let inlines), .heading(_, let inlines):
            return inlines.plainText
        case .list(let list):
            return list.items.enumerated().map { index, item in
                let marker = list.isOrdered ? "\(list.start + index). " : "- "
                let indent = String(repeating: " ", count: marker.count)
                return marker + text(item).split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n" + indent)
            }.joined(separator: "\n")
        case .table(let table):
            return ([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
        case .code(let code):
            return code.code.hasSuffix("\n") ? String(code.code.dropLast()) : code.code
        case .quote(let blocks):
            return text(blocks).split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
        case .rule:
            return ""
        case .details(let summary, let blocks):
            return [summary.plainText, text(blocks)].filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    /// How many lines a copied text has ("a\nb" and "a\nb\n" are both two).
    static func lineCount(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
    }
}
