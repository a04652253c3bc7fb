import Screen

/// The last row: where the reader is, and the keys of the focused pane.
enum StatusBar {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        if let find = state.editing?.find, state.mode == .findingInNote {
            NoteFindLine.render(state, find, area: area, into: &buffer)
            return
        }
        let theme = state.theme
        buffer.fill(area, style: theme.style(.statusBar))
        var left = ""
        let chapter = state.openQuestion.flatMap { state.library.chapter(id: $0.id.chapterID) }
        if let question = state.openQuestion, let chapter {
            left = " " + (chapter.number.map { String(format2: $0) } ?? chapter.id)
            // In a session the card's place is in its own title; the panes' would mislead.
            if state.study.session == nil { left += " · вопрос \(question.number)/\(chapter.questions.count)" }
        }
        if state.study.session == nil {
            if let position = focusedPosition(state) {
                left += " · " + position  // it names the pane too
            } else if state.layout.mode == .single {
                left += " · " + paneName(state.focus)
            }
        }
        // Last: where the reader is matters more on a narrow bar than how far they are.
        if let chapter, let progress = ProgressMark.summary(of: chapter.questions, in: state) {
            left += " · " + progress
        }
        if let message = state.message {
            let end = buffer.put(left + "  ", at: area.origin, style: theme.style(.statusBar), clip: area)
            buffer.put(message, at: end, style: theme.style(.statusBar).patched(with: theme.style(.message)), clip: area)
            return
        }
        let end = buffer.put(left, at: area.origin, style: theme.style(.statusBar), clip: area)
        let hints = fitting(hints(for: state), width: area.maxX - end.x - 3)
        let hintWidth = width(of: hints)
        var position = Point(x: max(area.maxX - hintWidth - 1, end.x + 2), y: area.y)
        for (index, hint) in hints.enumerated() {
            if index > 0 { position = buffer.put("  ", at: position, style: theme.style(.statusBar), clip: area) }
            position = buffer.put(hint.keys, at: position, style: theme.style(.statusKey), clip: area)
            position = buffer.put(" " + hint.words, at: position, style: theme.style(.statusBar), clip: area)
        }
    }

    /// The binding table's hints for where the reader is, left to right.
    static func hints(for state: AppState) -> [KeyBinding.Hint] {
        hintsByPlace[hintPlace(state).rawValue]
    }

    /// The table's hints in display order, and those of each place: drawn every frame.
    private static let allHints = KeyBindings.all.flatMap(\.hints).sorted { $0.order < $1.order }
    /// By `HintPlace.rawValue`.
    private static let hintsByPlace: [[KeyBinding.Hint]] = HintPlace.allCases.map { place in
        allHints.filter { $0.places.contains(place) }
    }

    static func hintPlace(_ state: AppState) -> HintPlace {
        switch state.mode {
        case .overlay(.unsavedOnQuit): return .prompt
        case .overlay: return .window
        case .editingNote: return .editor
        case .findingInNote: return .noteFind
        case .typingSearch: return .searchLine
        case .recall: return .recall
        case .browsing:
            if state.search != nil, state.focus != .list { return .searchResults }
            switch state.focus {
            case .list: return .list
            case .answer: return .answer
            case .code: return .code
            case .notes: return .editor
            }
        }
    }

    /// Whole hints, never cut: the least important go until the rest fit.
    static func fitting(_ hints: [KeyBinding.Hint], width available: Int) -> [KeyBinding.Hint] {
        var kept = hints
        while !kept.isEmpty, width(of: kept) > available {
            let least = kept.indices.min { kept[$0].priority < kept[$1].priority }!
            kept.remove(at: least)
        }
        return kept
    }

    static func width(of hints: [KeyBinding.Hint]) -> Int {
        hints.reduce(max(hints.count - 1, 0) * 2) { $0 + displayWidth(of: $1.keys) + 1 + displayWidth(of: $1.words) }
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
}
