import Screen

/// The note editor's find prompt (Ctrl+W), on the status bar's row as nano has it: the label,
/// the needle, what the last search said, and the prompt's keys.
enum NoteFindLine {
    static let label = " Найти в заметке: "

    static func render(_ state: AppState, _ find: LineEditing, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let bar = theme.style(.statusBar)
        buffer.fill(area, style: bar)
        var end = buffer.put(label, at: area.origin, style: bar.patched(with: theme.style(.statusKey)), clip: area)
        end = buffer.put(SearchLine.visiblePart(of: find, width: needleWidth(area)).text, at: end,
                         style: bar.patched(with: theme.style(.searchInput)), clip: area)
        if let message = state.message {
            end = buffer.put("  " + message, at: end, style: bar.patched(with: theme.style(.message)), clip: area)
        }
        let hints = StatusBar.fitting(StatusBar.hints(for: state), width: area.maxX - end.x - 3)
        var position = Point(x: max(area.maxX - StatusBar.width(of: hints) - 1, end.x + 2), y: area.y)
        for (index, hint) in hints.enumerated() {
            if index > 0 { position = buffer.put("  ", at: position, style: bar, clip: area) }
            position = buffer.put(hint.keys, at: position, style: theme.style(.statusKey), clip: area)
            position = buffer.put(" " + hint.words, at: position, style: bar, clip: area)
        }
    }

    /// Where the terminal cursor goes while the prompt is open.
    static func cursor(_ state: AppState) -> Point? {
        guard let find = state.editing?.find, state.mode == .findingInNote else { return nil }
        let area = state.layout.status
        guard !area.isEmpty else { return nil }
        let x = area.x + displayWidth(of: label) + SearchLine.visiblePart(of: find, width: needleWidth(area)).cursor
        return Point(x: min(x, area.maxX - 1), y: area.y)
    }

    private static func needleWidth(_ area: Rect) -> Int {
        max(area.width - displayWidth(of: label) - 1, 1)
    }
}
