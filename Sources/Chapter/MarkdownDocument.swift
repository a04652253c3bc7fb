import CCmarkGFM
import Synchronization

/// A cmark-gfm parse tree, freed when the value goes away. Only the Chapter module sees it.
final class MarkdownDocument {
    let root: OpaquePointer

    /// Parses CommonMark with GitHub's extensions: tables, strikethrough, task lists,
    /// autolinks and footnotes.
    init(parsing bytes: UnsafeRawBufferPointer) {
        MarkdownDocument.registerExtensions
        // cmark-gfm adds an extension's special characters (strikethrough's `~`) to one table
        // for the whole process while a parser runs and takes them out when it finishes: two
        // parses at once (a chapter loading in the background) lose each other's `~~`.
        nonisolated(unsafe) let input = bytes  // read only inside the lock, on this thread
        let address = MarkdownDocument.oneAtATime.withLock { _ in UInt(bitPattern: MarkdownDocument.parse(input)) }
        root = OpaquePointer(bitPattern: address)!
    }

    private static let oneAtATime = Mutex(())

    private static func parse(_ bytes: UnsafeRawBufferPointer) -> OpaquePointer {
        let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "tasklist", "autolink"] {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        if let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) {
            cmark_parser_feed(parser, base, bytes.count)
        }
        return cmark_parser_finish(parser)!
    }

    deinit { cmark_node_free(root) }

    // cmark wants its extensions registered once per process, before any lookup.
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()
}

/// A borrowed node of a `MarkdownDocument`; valid while the document lives.
struct MarkdownNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// The node type's name; the only way to tell extension nodes ("table", "table_row", "table_cell").
    var typeName: String { String(cString: cmark_node_get_type_string(pointer)) }
    var children: ChildSequence { ChildSequence(first: cmark_node_first_child(pointer)) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var endLine: Int { max(startLine, Int(cmark_node_get_end_line(pointer))) }
    var lines: ClosedRange<Int> { startLine...endLine }

    /// For a task list item: whether its box is ticked.
    var isCheckedTask: Bool { cmark_gfm_extensions_get_tasklist_item_checked(pointer) }

    var tableColumnCount: Int { Int(cmark_gfm_extensions_get_table_columns(pointer)) }
    /// Column alignments as cmark-gfm stores them: 'l', 'c', 'r' or 0.
    var tableAlignments: [UInt8] {
        guard let alignments = cmark_gfm_extensions_get_table_alignments(pointer) else { return [] }
        return (0..<tableColumnCount).map { alignments[$0] }
    }

    /// Visits the descendants in document order without recursion (nesting depth is the
    /// input's to choose); `visit` returns whether to go inside the node it was given.
    func walk(_ visit: (MarkdownNode) -> Bool) {
        var next = cmark_node_first_child(pointer)
        while let current = next {
            if visit(MarkdownNode(pointer: current)), let child = cmark_node_first_child(current) {
                next = child
                continue
            }
            var climbing: OpaquePointer? = current
            next = nil
            while let node = climbing, node != pointer {
                if let sibling = cmark_node_next(node) {
                    next = sibling
                    break
                }
                climbing = cmark_node_parent(node)
            }
        }
    }

    /// The text of the node's inlines, markup dropped, soft breaks as spaces (as `Inline.plainText`).
    var plainText: String {
        var text = ""
        walk { node in
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: text += node.literal
            case CMARK_NODE_SOFTBREAK: text += " "
            case CMARK_NODE_LINEBREAK: text += "\n"
            default: break
            }
            return true
        }
        return text
    }

    struct ChildSequence: Sequence, IteratorProtocol {
        var upcoming: OpaquePointer?
        init(first: OpaquePointer?) { upcoming = first }
        mutating func next() -> MarkdownNode? {
            guard let current = upcoming else { return nil }
            upcoming = cmark_node_next(current)
            return MarkdownNode(pointer: current)
        }
    }
}
