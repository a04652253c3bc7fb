import Screen

/// Text the reader selects by dragging in the answer or the code pane: from the cell the
/// button went down on to the one under the pointer, in reading order, inside the pane's
/// text (never its title, border or line numbers). Letting go copies it.
public struct MouseSelection: Sendable, Equatable {
    public var pane: Pane
    public var anchor: Point
    public var head: Point
    /// False until the pointer moves with the button held: a click selects nothing.
    public var isDragging = false

    /// The first and last cell, in reading order.
    var bounds: (start: Point, end: Point) {
        (anchor.y, anchor.x) <= (head.y, head.x) ? (anchor, head) : (head, anchor)
    }

    /// The columns selected in row `y` of `area`.
    func columns(inRow y: Int, of area: Rect) -> ClosedRange<Int>? {
        let (start, end) = bounds
        guard (start.y...end.y).contains(y), !area.isEmpty else { return nil }
        let from = y == start.y ? start.x : area.x
        let to = y == end.y ? end.x : area.maxX - 1
        return from <= to ? from...to : nil
    }
}

extension AppState {
    /// The part of a pane that holds its text, where a selection may be.
    func selectableArea(of pane: Pane) -> Rect? {
        switch pane {
        case .answer: return layout.answer.isEmpty ? nil : layout.answerContent
        case .code:
            guard !layout.code.isEmpty, currentCodeBlock != nil else { return nil }
            return CodeView.textArea(content: layout.content(of: .code), lineCount: codeLines.count)
        case .list, .notes: return nil
        }
    }

    /// The selected text as the pane shows it: each row's characters, trailing blanks
    /// dropped; in the code pane, the `›` that marks a cut line is not the code's.
    func selectedText(_ selection: MouseSelection, on screen: Buffer) -> String {
        guard let area = selectableArea(of: selection.pane) else { return "" }
        let (start, end) = selection.bounds
        var rows: [String] = []
        for y in max(start.y, area.y)...min(end.y, area.maxY - 1) {
            guard let columns = selection.columns(inRow: y, of: area) else { continue }
            var lastColumn = min(columns.upperBound, area.maxX - 1)
            if selection.pane == .code, !codeWraps, lastColumn == area.maxX - 1, isCut(row: y - area.y, textWidth: area.width) {
                lastColumn -= 1
            }
            var text = ""
            if columns.lowerBound <= lastColumn {
                for x in max(columns.lowerBound, area.x)...lastColumn where !screen[x, y].isContinuation {
                    text += screen[x, y].grapheme
                }
            }
            while text.last == " " { text.removeLast() }
            rows.append(text)
        }
        return rows.joined(separator: "\n")
    }

    /// True when the code line on a row of the pane goes on past its right edge.
    private func isCut(row: Int, textWidth: Int) -> Bool {
        let index = codeScroll + row
        return codeLineWidths.indices.contains(index) && codeLineWidths[index] > codeColumn + textWidth
    }
}

/// The mouse's share of `update`: a press in a pane's text starts a selection (the click
/// itself goes on to focus and select as always), a drag extends it, the release copies it.
func updateMouseSelection(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .click(let point):
        state.mouseSelection = nil
        if state.overlay == nil, let pane = state.layout.pane(at: point), let area = state.selectableArea(of: pane), area.contains(point) {
            state.mouseSelection = MouseSelection(pane: pane, anchor: point, head: point)
        }
        return nil
    case .dragMouse(let point):
        guard var selection = state.mouseSelection, let area = state.selectableArea(of: selection.pane) else { return [] }
        selection.head = Point(x: min(max(point.x, area.x), area.maxX - 1), y: min(max(point.y, area.y), area.maxY - 1))
        selection.isDragging = true
        state.mouseSelection = selection
        return []
    case .releaseMouse:
        guard let selection = state.mouseSelection else { return [] }
        state.mouseSelection = nil
        guard selection.isDragging else { return [] }
        let text = state.selectedText(selection, on: render(state))
        guard !text.isEmpty else { return [] }
        let lines = BlockPlainText.lineCount(text)
        let pane = selection.pane == .code ? "кода" : "ответа"
        state.message = "Скопирован текст \(pane): \(lines) \(russianPlural(lines, "строка", "строки", "строк"))"
        return [.copyToClipboard(text)]
    default:
        // Anything else the reader does ends a selection in progress.
        if action.isFromReader { state.mouseSelection = nil }
        return nil
    }
}

/// Draws the selection in reverse video over the pane's text.
enum MouseSelectionView {
    static func render(_ state: AppState, into buffer: inout Buffer) {
        guard let selection = state.mouseSelection, selection.isDragging, let area = state.selectableArea(of: selection.pane) else { return }
        for y in area.rows {
            guard let columns = selection.columns(inRow: y, of: area) else { continue }
            buffer.patchStyle(Style(attributes: .reverse), in: Rect(x: columns.lowerBound, y: y, width: columns.count, height: 1))
        }
    }
}
