import Screen

/// The outline under the questions: "Разделы", then the sections, the current one marked.
enum OutlineView {
    static func render(_ outline: Outline, theme: Theme, into buffer: inout Buffer) {
        let heading = Rect(x: outline.area.x, y: outline.area.y, width: outline.area.width, height: 1)
        buffer.put(" Разделы", at: heading.origin, style: theme.style(.dim), clip: heading)
        let rows = outline.entryRows
        for row in 0..<rows.height {
            let index = outline.first + row
            guard outline.entries.indices.contains(index) else { break }
            let line = Rect(x: rows.x, y: rows.y + row, width: max(rows.width - 1, 0), height: 1)
            let isCurrent = index == outline.current
            let text = (isCurrent ? " ▸ " : "   ") + outline.entries[index].title
            buffer.put(truncate(text, toWidth: line.width), at: line.origin,
                       style: theme.style(isCurrent ? .sectionHeading : .text), clip: line)
        }
    }
}
