import CCmarkGFM

/// What a library's (or a track's) README says: its title, and its groups of topics in
/// order, each a `##`/`###` heading followed by links to chapter files.
struct ReadmeOutline: Equatable {
    struct Group: Equatable {
        var title: String?
        /// Link targets ending in `.md`, without any `#fragment`, as written.
        var targets: [String]
    }

    var title: String?
    var groups: [Group]

    /// Every `.md` target, in order.
    var targets: [String] { groups.flatMap(\.targets) }

    init(bytes: [UInt8]) {
        var utf8 = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let document = utf8.withUnsafeMutableBytes { MarkdownDocument(parsing: UnsafeRawBufferPointer($0)) }
        var title: String?
        var groups = [Group(title: nil, targets: [])]
        for node in MarkdownNode(pointer: document.root).children {
            if node.type == CMARK_NODE_HEADING {
                let text = BlockConverter.inlines(of: node).plainText.trimmingWhitespace()
                if node.headingLevel == 1, title == nil {
                    title = text
                } else {
                    groups.append(Group(title: text, targets: []))
                }
                continue
            }
            ReadmeOutline.collect(node, into: &groups[groups.count - 1].targets)
        }
        self.title = title
        self.groups = groups.filter { !$0.targets.isEmpty }
    }

    private static func collect(_ node: MarkdownNode, into targets: inout [String]) {
        for child in node.children {
            if child.type == CMARK_NODE_LINK {
                let url = child.url.split(separator: "#").first.map(String.init) ?? ""
                if url.lowercased().hasSuffix(".md") && !url.contains("://") { targets.append(url) }
            }
            collect(child, into: &targets)
        }
    }
}
