import Screen

/// Asks what to do with note text no save could write, before the program ends.
enum UnsavedPromptView {
    static func render(_ state: AppState, reason: String, into buffer: inout Buffer) {
        let notes = state.allUnsavedText
        var lines = ["Не удалось сохранить: \(reason)"]
        lines += notes.map { "• \($0.id): \($0.title)" }
        lines.append("")
        lines += KeyBindings.unsavedPrompt.map { "\($0.label) — \($0.help.replacingPrefix("несохранённая заметка при выходе: "))" }
        let width = min(lines.map { displayWidth(of: $0) }.max() ?? 0, max(state.size.width - 6, 10))
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : wrap($0, width: width) }
        let inner = OverlayBox.render(title: "Заметка не сохранена", contentSize: Size(width: width, height: wrapped.count),
                                      state: state, into: &buffer)
        for (row, line) in wrapped.prefix(inner.height).enumerated() {
            let area = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            buffer.put(line, at: area.origin, style: state.theme.style(row == 0 ? .message : .text), clip: area)
        }
    }
}

extension String {
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
