import Chapter
import Screen

/// Links, the outline and bookmarks: `o` lists the answer's links, a digit or Enter opens
/// one, a click on a link or an outline entry follows it; `m` marks the open question, `'`
/// lists the marks. Nil for actions that are not theirs.
func updateNavigation(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .bookmarksLoaded(let bookmarks):
        state.navigation.setBookmarks(bookmarks.map(MarkedQuestion.init))
        state.navigation.bookmarksLoaded = true
        return []
    case .bookmarksFailed(let message):
        state.message = "Закладки: \(message)"
        return []
    case .externalLinkNotOpened(let message):
        state.message = message
        return []
    default:
        break
    }
    switch state.mode {
    case .overlay(.links(let selected)): return updateLinksWindow(&state, selected: selected, action)
    case .overlay(.bookmarks(let selected)): return updateBookmarksWindow(&state, selected: selected, action)
    case .browsing: break
    default: return nil
    }
    switch action {
    case .openLinks:
        guard !state.renderedAnswer.links.isEmpty else {
            state.message = "В этом ответе нет ссылок"
            return []
        }
        state.overlay = .links(selected: 0)
        return []
    case .openLink(let number):
        return state.followLink(number)
    case .toggleBookmark:
        return state.toggleBookmark()
    case .openBookmarks:
        guard !state.navigation.bookmarks.isEmpty else {
            state.message = state.navigation.bookmarksLoaded ? "Закладок нет: m отмечает вопрос" : "Закладки ещё не прочитаны"
            return []
        }
        state.overlay = .bookmarks(selected: 0)
        return []
    case .click(let point):
        if let entry = state.outline?.entry(at: point) {
            state.openLocation(entry.place)
            return []
        }
        if state.layout.pane(at: point) == .answer, let link = state.link(at: point) {
            state.focus = .answer
            return state.followLink(link)
        }
        return nil
    default:
        return nil
    }
}

private func updateLinksWindow(_ state: inout AppState, selected: Int, _ action: Action) -> [Effect]? {
    if let row = windowRow(after: action, selected: selected, count: state.renderedAnswer.links.count, page: state.pageSize) {
        state.overlay = .links(selected: row)
        return []
    }
    switch action {
    case .openSelected: return closing(&state) { $0.followLink(selected + 1) }
    case .openLink(let number): return closing(&state) { $0.followLink(number) }
    case .click(let point):
        guard let row = LinksView.row(at: point, state: state) else { state.overlay = nil; return [] }
        return closing(&state) { $0.followLink(row + 1) }
    case .dismiss, .openLinks: state.overlay = nil
    default: return action.isFromReader ? [] : nil
    }
    return []
}

private func updateBookmarksWindow(_ state: inout AppState, selected: Int, _ action: Action) -> [Effect]? {
    if let row = windowRow(after: action, selected: selected, count: state.navigation.bookmarks.count, page: state.pageSize) {
        state.overlay = .bookmarks(selected: row)
        return []
    }
    switch action {
    case .openSelected: state.openBookmark(selected)
    case .click(let point):
        guard let row = BookmarksView.row(at: point, state: state) else { state.overlay = nil; return [] }
        state.openBookmark(row)
    case .toggleBookmark:
        // In the window, `m` takes the selected mark away.
        guard state.navigation.bookmarks.indices.contains(selected) else { return [] }
        let mark = state.navigation.bookmarks[selected]
        _ = state.navigation.toggle(mark.key, title: mark.title)
        let count = state.navigation.bookmarks.count
        state.overlay = count == 0 ? nil : .bookmarks(selected: min(selected, count - 1))
        return [.saveBookmark(chapterID: mark.key.chapterID, questionKey: mark.key.title, title: mark.title, marked: false)]
    case .dismiss, .openBookmarks: state.overlay = nil
    default: return action.isFromReader ? [] : nil
    }
    return []
}

/// The window closes first: what the link opens (the topics, a message) stays.
private func closing(_ state: inout AppState, _ body: (inout AppState) -> [Effect]) -> [Effect] {
    state.overlay = nil
    return body(&state)
}

extension AppState {
    mutating func toggleBookmark() -> [Effect] {
        guard let question = openQuestion else { return [] }
        guard navigation.bookmarksLoaded else {
            message = "Закладки ещё не прочитаны"
            return []
        }
        let marked = navigation.toggle(question.key, title: question.title)
        message = marked ? "Закладка: \(question.title) (' — все закладки)" : "Закладка снята"
        return [.saveBookmark(chapterID: question.key.chapterID, questionKey: question.key.title, title: question.title, marked: marked)]
    }

    mutating func openBookmark(_ index: Int) {
        guard navigation.bookmarks.indices.contains(index) else { return }
        let mark = navigation.bookmarks[index]
        guard let question = library.question(key: mark.key) else {
            message = "Вопроса «\(mark.title)» больше нет в библиотеке"
            return
        }
        openLocation(LibraryPlace(chapterID: question.id.chapterID, part: .question(question.number, section: nil)))
    }
}

/// Where a list window's selection goes on a moving key, or nil for any other key.
private func windowRow(after action: Action, selected: Int, count: Int, page: Int) -> Int? {
    let row: Int
    switch action {
    case .moveDown(let rows): row = selected + rows
    case .moveUp(let rows): row = selected - rows
    case .pageDown: row = selected + page
    case .pageUp: row = selected - page
    case .top: row = 0
    case .bottom: row = count - 1
    default: return nil
    }
    return min(max(row, 0), max(count - 1, 0))
}
