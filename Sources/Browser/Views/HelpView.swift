import Screen

/// Every key and what it does, made from the binding table, under the table's headings.
enum HelpView {
    struct Row: Equatable {
        var keys: String
        var words: String
        var isHeading: Bool
    }

    static func render(_ state: AppState, scroll: Int, into buffer: inout Buffer) {
        let rows = self.rows()
        let keyWidth = rows.filter { !$0.isHeading }.map { displayWidth(of: $0.keys) }.max() ?? 0
        let wordsWidth = rows.map { displayWidth(of: $0.words) }.max() ?? 0
        let box = OverlayBox.frame(contentSize: Size(width: keyWidth + 2 + wordsWidth, height: rows.count), screenSize: state.size)
        let width = OverlayBox.inner(of: box).width
        // A narrow window puts the words under their keys instead of cutting them.
        let lines = layout(rows, keyWidth: keyWidth, width: width)
        let inner = OverlayBox.render(title: "Клавиши · Esc закрыть",
                                      contentSize: Size(width: keyWidth + 2 + wordsWidth, height: lines.count),
                                      state: state, into: &buffer)
        let first = min(scroll, max(lines.count - inner.height, 0))
        let theme = state.theme
        for row in 0..<inner.height {
            let index = first + row
            guard lines.indices.contains(index) else { break }
            let line = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            let (keys, words, isHeading) = lines[index]
            if isHeading {
                buffer.put(words, at: line.origin, style: theme.style(.heading), clip: line)
                continue
            }
            let end = buffer.put(keys, at: line.origin, style: theme.style(.helpKey), clip: line)
            buffer.put(words, at: end, style: theme.style(.text), clip: line)
        }
    }

    /// The help's rows: a heading per group, then its bindings of every mode.
    static func rows() -> [Row] {
        var rows: [Row] = []
        for group in KeyBinding.Group.allCases {
            let bindings = KeyBindings.all.filter { $0.group == group }
            guard !bindings.isEmpty else { continue }
            if !rows.isEmpty { rows.append(Row(keys: "", words: "", isHeading: true)) }
            rows.append(Row(keys: "", words: group.rawValue, isHeading: true))
            rows += bindings.map { Row(keys: $0.label, words: $0.help, isHeading: false) }
        }
        return rows
    }

    private static func layout(_ rows: [Row], keyWidth: Int, width: Int) -> [(String, String, Bool)] {
        var lines: [(String, String, Bool)] = []
        let indent = min(keyWidth + 2, max(width / 3, 2))
        for row in rows {
            if row.isHeading {
                lines.append(("", row.words, true))
            } else if displayWidth(of: row.keys) + 2 + displayWidth(of: row.words) <= width || width < 8 {
                lines.append((row.keys.padding(toWidth: min(keyWidth, max(width - displayWidth(of: row.words) - 2, 0)) + 2), row.words, false))
            } else {
                lines += wrap(row.keys, width: max(width, 1)).map { ($0, "", false) }
                lines += wrap(row.words, width: max(width - indent, 1)).map { (String(repeating: " ", count: indent), $0, false) }
            }
        }
        return lines
    }
}
