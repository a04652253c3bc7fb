import Screen

/// Draws the whole browser for a state. Pure: the same state gives the same buffer.
public func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size)
    render(state, into: &buffer)
    return buffer
}

public func render(_ state: AppState, into buffer: inout Buffer) {
    if buffer.size != state.size { buffer.resize(to: state.size) }
    buffer.hyperlinks = []
    let theme = state.theme
    // Every frame starts blank in the text style (this also clears the last frame).
    buffer.fill(buffer.area, style: theme.style(.text))
    let layout = state.layout
    guard layout.mode != .tooSmall else {
        TooSmallView.render(state, into: &buffer)
        return
    }
    if let session = state.study.session {
        RecallView.render(state, session, into: &buffer)
    } else {
        renderPanes(state, layout: layout, into: &buffer)
        MouseSelectionView.render(state, into: &buffer)
    }
    StatusBar.render(state, area: layout.status, into: &buffer)
    switch state.overlay {
    case .help(let scroll)?: HelpView.render(state, scroll: scroll, into: &buffer)
    case .topics(let selected)?: TopicsView.render(state, selected: selected, into: &buffer)
    case .unsavedOnQuit(let reason)?: UnsavedPromptView.render(state, reason: reason, into: &buffer)
    case .recallScopes(let selected)?: RecallScopesView.render(state, selected: selected, into: &buffer)
    case .stats?: StatsView.render(state, into: &buffer)
    case .links(let selected)?: LinksView.render(state, selected: selected, into: &buffer)
    case .bookmarks(let selected)?: BookmarksView.render(state, selected: selected, into: &buffer)
    case nil: break
    }
}

private func renderPanes(_ state: AppState, layout: Layout, into buffer: inout Buffer) {
    let theme = state.theme
    // The border beside the focused pane takes the focus colour, so focus shows at a glance.
    let focused = layout.rect(of: state.focus)
    let border = theme.style(.border), focusedBorder = theme.style(.borderFocused)
    for separator in layout.separators {
        let touches = focused.maxX == separator.x || focused.x == separator.maxX
        for y in separator.rows {
            let style = touches && (focused.y..<focused.maxY).contains(y) ? focusedBorder : border
            buffer.put("│", at: Point(x: separator.x, y: y), style: style)
        }
    }
    if !layout.list.isEmpty { ListView.render(state, area: layout.list, into: &buffer) }
    if !layout.answer.isEmpty { AnswerView.render(state, area: layout.answer, into: &buffer) }
    if !layout.code.isEmpty { CodeView.render(state, area: layout.code, into: &buffer) }
    if !layout.notes.isEmpty { NotesEditorView.render(state, area: layout.notes, into: &buffer) }
    if !layout.notePreview.isEmpty { NotePreviewView.render(state, area: layout.notePreview, into: &buffer) }
}

/// Where the terminal cursor should show (typing goes there), or nil to hide it.
public func cursorPosition(_ state: AppState) -> Point? {
    guard state.layout.mode != .tooSmall else { return nil }
    guard state.study.session == nil else { return state.overlay == nil ? RecallView.scratchCursor(state) : nil }
    return NotesEditorView.cursor(state) ?? SearchLine.cursor(state)
}

/// The first row of a pane: its title, highlighted when the pane has focus.
enum PaneTitle {
    static func render(_ title: String, detail: String = "", focused: Bool, area: Rect, theme: Theme, into buffer: inout Buffer) {
        let row = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, 1))
        let style = theme.style(focused ? .paneTitleFocused : .paneTitle)
        buffer.fill(row, style: theme.style(.text))
        // The title comes first: a detail that does not fit beside it is left out.
        let fits = displayWidth(of: title) + displayWidth(of: detail) + 3 <= area.width
        let detail = fits ? detail : ""
        let detailWidth = detail.isEmpty ? 0 : displayWidth(of: detail) + 1
        let titleText = truncate(" " + title, toWidth: max(area.width - detailWidth, 0))
        buffer.put(titleText, at: row.origin, style: style, clip: row)
        if !detail.isEmpty, detailWidth < area.width {
            buffer.put(detail, at: Point(x: row.maxX - detailWidth, y: row.y), style: theme.style(.dim), clip: row)
        }
        // An underline of the title row shows which pane has focus even without colours.
        if focused { buffer.patchStyle(Style(attributes: .underline), in: row) }
    }
}

/// When the terminal is smaller than anything useful.
enum TooSmallView {
    static func render(_ state: AppState, into buffer: inout Buffer) {
        let text = "Окно мало: \(state.size.width)×\(state.size.height), нужно \(Layout.minimumSize.width)×\(Layout.minimumSize.height)"
        let lines = wrap(text, width: max(state.size.width, 1))
        for (row, line) in lines.prefix(state.size.height).enumerated() {
            buffer.put(line, at: Point(x: 0, y: row), style: state.theme.style(.message))
        }
    }
}
