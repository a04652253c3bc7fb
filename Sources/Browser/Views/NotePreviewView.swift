import Screen

/// The open question's note while reading, beside the answer: what the reader wrote shows
/// without opening the editor.
enum NotePreviewView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard let note = state.openNote, area.height > 0 else { return }
        let theme = state.theme
        PaneTitle.render("Заметка", detail: "e — править", focused: false, area: area, theme: theme, into: &buffer)
        let text = Rect(x: area.x + 1, y: area.y + 1, width: max(area.width - 2, 0), height: max(area.height - 1, 0))
        guard text.height > 0, text.width > 0 else { return }
        // Only the lines that can show are wrapped, every frame; a long note (a big paste)
        // costs no more than a short one. The rest is counted from the layout's shape.
        let head = note.split(separator: "\n", maxSplits: text.height, omittingEmptySubsequences: false)
            .prefix(text.height).joined(separator: "\n")
        let lines = wrap([Span(head, style: theme.style(.text))], width: text.width)
        let total = max(state.noteShape?.rows(atWidth: text.width) ?? lines.count, lines.count)
        // A note longer than its place says how much more the editor holds.
        let fits = total <= text.height
        let shown = fits ? lines.count : text.height - 1
        for (row, line) in lines.prefix(shown).enumerated() {
            let rowArea = Rect(x: text.x, y: text.y + row, width: text.width, height: 1)
            buffer.put(line, at: rowArea.origin, clip: rowArea)
        }
        if !fits {
            let more = total - shown
            let rowArea = Rect(x: text.x, y: text.y + shown, width: text.width, height: 1)
            buffer.put("… ещё \(more) \(russianPlural(more, "строка", "строки", "строк")): e", at: rowArea.origin,
                       style: theme.style(.dim), clip: rowArea)
        }
    }
}
