import CCmarkGFM

/// The `.md` files a README links to, in order, read with cmark.
enum ReadmeLinks {
    static func targets(in bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var utf8 = Array(text.utf8)
        let document = utf8.withUnsafeMutableBytes { MarkdownDocument(parsing: UnsafeRawBufferPointer($0)) }
        var targets: [String] = []
        collect(MarkdownNode(pointer: document.root), into: &targets)
        return targets
    }

    private static func collect(_ node: MarkdownNode, into targets: inout [String]) {
        for child in node.children {
            if child.type == CMARK_NODE_LINK {
                let url = child.url.split(separator: "#").first.map(String.init) ?? ""
                if url.lowercased().hasSuffix(".md") && !url.contains("/") { targets.append(url) }
            }
            collect(child, into: &targets)
        }
    }
}
