import Chapter
import Search

/// The search's share of `update`: returns nil when the action is not about searching.
func updateSearch(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .startSearch:
        var search = state.search ?? SearchState()
        search.isEditing = true
        state.search = search
        state.focus = .list
        return []
    case .editSearch(let edit):
        guard var search = state.search else { return [] }
        guard search.line.apply(edit) else {
            state.search = search  // the cursor moved; the query is the same
            return []
        }
        search.generation += 1
        let reopen = search.text.isEmpty
        state.search = search
        if reopen { state.showSearchTarget(state.openQuestion?.id) }
        return search.text.isEmpty ? [] : [.search(text: search.text, generation: search.generation)]
    case .searchFinished(let generation, let results):
        guard var search = state.search, generation == search.generation else { return [] }
        search.results = results
        state.search = search
        state.selectedRow = -1
        state.select(row: 0)
        if case .switchedLayout(let meant) = results.reading {
            state.message = "Раскладка: искали «\(meant)»"
        }
        return []
    case .submitSearch:
        guard var search = state.search else { return [] }
        search.isEditing = false
        state.search = search
        if state.openQuestion != nil { state.focus = .answer }
        return []
    case .cancelSearch, .dismiss:
        guard state.search != nil else { return nil }
        let open = state.openQuestion?.id
        state.search = nil
        state.showSearchTarget(open)
        return []
    case .nextMatch, .previousMatch:
        guard let highlighter = state.search?.highlighter else {
            state.message = "Нет поиска: / начинает"
            return []
        }
        let lines = state.renderedAnswer.plainLines.indices.filter {
            !highlighter.ranges(in: state.renderedAnswer.plainLines[$0]).isEmpty
        }
        let forward = action == .nextMatch
        let target = forward ? lines.first { $0 > state.answerScroll } : lines.last { $0 < state.answerScroll }
        if let target {
            state.focus = .answer
            state.answerScroll = target
        } else {
            state.message = lines.isEmpty ? "В этом ответе совпадений нет" : "Больше совпадений нет"
        }
        return []
    default:
        // While the search line is being edited, moving still works on the results.
        return nil
    }
}

extension AppState {
    /// Shows the chapter of a question in the list with that question selected.
    mutating func showSearchTarget(_ id: QuestionID?) {
        guard let id, let chapter = library.chapter(id: id.chapterID),
              let row = chapter.questions.firstIndex(where: { $0.id == id }) else { return }
        let previous = openQuestion?.id
        chapterID = chapter.id
        if listEntries.indices.contains(row), previous == id {
            selectedRow = row
        } else {
            selectedRow = -1
            select(row: row)
        }
    }
}
