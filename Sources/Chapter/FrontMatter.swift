/// YAML front matter (`---` … `---` or `...` at the very top): not content. Its lines are
/// blanked rather than removed, so every line number after it stays true.
enum FrontMatter {
    /// The text with its front matter blanked, and the `title:` in it; nil when the text
    /// has none (the common case costs one prefix check).
    static func strip(_ text: String) -> (text: String, title: String?)? {
        guard text.hasPrefix("---") || text.hasPrefix("\u{FEFF}---") else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func bare(_ line: Substring) -> Substring {
            var line = line
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            while line.last == "\r" || line.last == " " { line = line.dropLast() }
            return line
        }
        guard let first = lines.first, bare(first) == "---",
              let end = lines.indices.dropFirst().first(where: { bare(lines[$0]) == "---" || bare(lines[$0]) == "..." })
        else { return nil }
        var title: String?
        for line in lines[1..<end] where title == nil {
            let trimmed = bare(line)
            guard trimmed.lowercased().hasPrefix("title:") else { continue }
            var value = trimmed.dropFirst("title:".count).trimmingWhitespace()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { title = value }
        }
        for index in 0...end { lines[index] = "" }
        return (lines.joined(separator: "\n"), title)
    }
}
