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
        if reopen { state.showSearchTarget(state.openQuestionID) }
        return search.text.isEmpty ? [] : [.search(text: search.text, generation: search.generation)]
    case .searchFinished(let generation, let results):
        guard var search = state.search, generation == search.generation else { return [] }
        search.results = results
        search.resultsSerial = state.nextResultsSerial()
        search.hitLabelWidth = results.hits.map { ListView.shortName($0.questionID, in: state).count }.max() ?? 0
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
        search.currentMatch = nil
        state.search = search
        if state.openQuestion != nil { state.focus = .answer }
        // A result whose words are only in its code opens with the code at the first of them.
        if let highlighter = search.highlighter, let first = state.matches(of: highlighter).first, case .code = first {
            state.show(first)
        }
        return []
    case .cancelSearch, .dismiss:
        guard state.search != nil else { return nil }
        let open = state.openQuestionID
        state.search = nil
        state.showSearchTarget(open)
        return []
    case .nextMatch, .previousMatch:
        guard let highlighter = state.search?.highlighter else {
            state.message = "Нет поиска: / начинает"
            return []
        }
        let matches = state.matches(of: highlighter)
        guard !matches.isEmpty else {
            state.message = "В этом ответе совпадений нет"
            return []
        }
        // A match of another question does not count: n starts again at this one's first.
        let question = state.openQuestionID
        let current = state.search?.currentMatch.flatMap { $0.question == question ? $0.index : nil }
        let next = action == .nextMatch ? (current.map { $0 + 1 } ?? 0) : (current.map { $0 - 1 } ?? matches.count - 1)
        guard matches.indices.contains(next) else {
            state.message = "Больше совпадений нет (\(matches.count))"
            return []
        }
        if let question { state.search?.currentMatch = CurrentMatch(question: question, index: next, place: matches[next]) }
        state.show(matches[next], focusing: true)
        state.message = "Совпадение \(next + 1)/\(matches.count)"
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
        let previous = openQuestionID
        chapterID = chapter.id
        if listEntries.indices.contains(row), previous == id {
            selectedRow = row
        } else {
            selectedRow = -1
            select(row: row)
        }
    }
}
