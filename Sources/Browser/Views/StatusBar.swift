import Screen

/// The last row: where the reader is, and the keys of the focused pane.
enum StatusBar {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        buffer.fill(area, style: theme.style(.statusBar))
        var left = ""
        if let question = state.openQuestion, let chapter = state.library.chapter(id: question.id.chapterID) {
            left = " " + (chapter.number.map { String(format2: $0) } ?? chapter.id)
            left += " · вопрос \(question.number)/\(chapter.questions.count)"
        }
        if let position = focusedPosition(state) {
            left += " · " + position  // it names the pane too
        } else if state.layout.mode == .single {
            left += " · " + paneName(state.focus)
        }
        if let message = state.message {
            let end = buffer.put(left + "  ", at: area.origin, style: theme.style(.statusBar), clip: area)
            buffer.put(message, at: end, style: theme.style(.statusBar).patched(with: theme.style(.message)), clip: area)
            return
        }
        let end = buffer.put(left, at: area.origin, style: theme.style(.statusBar), clip: area)
        let hints = hintText(for: state)
        let hintWidth = displayWidth(of: hints)
        let start = max(area.maxX - hintWidth - 1, end.x + 2)
        var position = Point(x: start, y: area.y)
        for (index, hint) in hints.split(separator: "  ").enumerated() {
            if index > 0 { position = buffer.put("  ", at: position, style: theme.style(.statusBar), clip: area) }
            let parts = hint.split(separator: " ", maxSplits: 1)
            position = buffer.put(parts[0], at: position, style: theme.style(.statusKey), clip: area)
            if parts.count > 1 { position = buffer.put(" " + parts[1], at: position, style: theme.style(.statusBar), clip: area) }
        }
    }

    /// Where the focused pane is scrolled to, as less shows it.
    static func focusedPosition(_ state: AppState) -> String? {
        let layout = state.layout
        switch state.focus {
        case .list:
            return nil
        case .answer:
            let lines = state.renderedAnswer.lines.count
            guard lines > 0 else { return nil }
            let visible = layout.answerContent.height
            return "ответ " + AnswerView.scrollPosition(top: state.answerScroll, visible: visible, total: lines)
        case .code:
            guard !state.codeLines.isEmpty else { return nil }
            let last = min(state.codeScroll + layout.content(of: .code).height, state.codeLines.count)
            return "код: стр. \(state.codeScroll + 1)–\(last) из \(state.codeLines.count)"
        case .notes:
            guard let editing = state.editing else { return nil }
            return "строка \(editing.editor.cursor.line + 1)"
        }
    }

    static func paneName(_ pane: Pane) -> String {
        switch pane {
        case .list: return "список"
        case .answer: return "ответ"
        case .code: return "код"
        case .notes: return "заметка"
        }
    }

    static func hintText(for state: AppState) -> String {
        if let search = state.search {
            if search.isEditing { return "Enter открыть  ↑/↓ выбор  Esc весь список" }
            if state.focus != .list { return "n/N совпадения  / поиск  Esc весь список  Tab панель  q выход" }
        }
        switch state.focus {
        case .list: return "j/k выбор  Enter открыть  Tab панель  t темы  ? справка  q выход"
        case .answer: return "j/k листать  1-6 разделы  e заметка  Tab панель  ? справка  q выход"
        case .code: return "j/k листать  h/l вбок  [/] блок  e заметка  Tab панель  ? справка  q выход"
        case .notes: return "Esc/Ctrl+S сохранить и выйти  Ctrl+Z/Y отмена/повтор  Tab панель"
        }
    }
}
