import Chapter
import Screen

/// `o`: the open answer's links, numbered, each with its text and where it leads.
enum LinksView {
    static func render(_ state: AppState, selected: Int, into buffer: inout Buffer) {
        let rows = rows(state)
        let inner = OverlayBox.render(title: "Ссылки · Enter или цифра открыть", contentSize: contentSize(rows, state: state),
                                      state: state, into: &buffer)
        let first = TopicsView.firstVisible(selected: selected, count: rows.count, height: inner.height)
        for row in 0..<inner.height {
            let index = first + row
            guard rows.indices.contains(index) else { break }
            let line = Rect(x: inner.x - 1, y: inner.y + row, width: inner.width + 2, height: 1)
            var position = buffer.put(" \(index + 1). ", at: line.origin, style: state.theme.style(.listNumber), clip: line)
            position = buffer.put(rows[index].text, at: position, style: state.theme.style(.text), clip: line)
            buffer.put("  → " + rows[index].target, at: position, style: state.theme.style(.dim), clip: line)
            if index == selected { buffer.patchStyle(state.theme.style(.listSelected), in: line) }
        }
    }

    struct Row: Equatable {
        var text: String
        var target: String
    }

    /// Each link's text, and its target: the place it opens, the URL, or why it leads nowhere.
    static func rows(_ state: AppState) -> [Row] {
        let chapterID = state.openQuestionID?.chapterID ?? state.chapterID
        return state.renderedAnswer.links.map { link in
            let target: String
            switch state.library.resolveLink(link.destination, from: chapterID) {
            case .place(let place): target = describe(place, in: state)
            case .topics: target = "темы"
            case .external(let url): target = url
            case .broken(let reason): target = "никуда: " + reason
            }
            return Row(text: truncate(link.text.isEmpty ? link.destination : link.text, toWidth: 48), target: truncate(target, toWidth: 60))
        }
    }

    /// "02/1 · Короткий ответ": the chapter's number (or id), the question, the section.
    static func describe(_ place: LibraryPlace, in state: AppState) -> String {
        guard let chapter = state.library.chapter(id: place.chapterID) else { return place.chapterID }
        let name = chapter.number.map { String(format2: $0) } ?? chapter.id
        switch place.part {
        case .start: return name + " · " + chapter.title
        case .question(let number, let section):
            let sections = chapter.question(number: number)?.sections ?? []
            let title = section.flatMap { sections.indices.contains($0) ? sections[$0].title : nil }
            return "\(name)/\(number)" + (title.map { " · " + $0 } ?? "")
        case .appendix(let index):
            return name + " · " + (chapter.appendix.indices.contains(index) ? chapter.appendix[index].title : "приложение")
        }
    }

    static func contentSize(_ rows: [Row], state: AppState) -> Size {
        let widths = rows.enumerated().map { displayWidth(of: " \($0.offset + 1). \($0.element.text)  → \($0.element.target)") }
        return Size(width: max(widths.max() ?? 0, 30), height: rows.count)
    }

    /// The link under a point (0-based), for clicks.
    static func row(at point: Point, state: AppState) -> Int? {
        guard case .links(let selected)? = state.overlay else { return nil }
        let rows = rows(state)
        let inner = OverlayBox.inner(of: OverlayBox.frame(contentSize: contentSize(rows, state: state), screenSize: state.size))
        guard inner.inset(top: 0, left: -1, bottom: 0, right: -1).contains(point) else { return nil }
        let index = TopicsView.firstVisible(selected: selected, count: rows.count, height: inner.height) + point.y - inner.y
        return rows.indices.contains(index) ? index : nil
    }
}

/// `'`: the marked questions; an orphan (its question gone from the library) is shown as one.
enum BookmarksView {
    static func render(_ state: AppState, selected: Int, into buffer: inout Buffer) {
        let rows = rows(state)
        let inner = OverlayBox.render(title: "Закладки · Enter открыть, m снять", contentSize: contentSize(rows),
                                      state: state, into: &buffer)
        let first = TopicsView.firstVisible(selected: selected, count: rows.count, height: inner.height)
        for row in 0..<inner.height {
            let index = first + row
            guard rows.indices.contains(index) else { break }
            let line = Rect(x: inner.x - 1, y: inner.y + row, width: inner.width + 2, height: 1)
            buffer.put(" " + rows[index].text, at: line.origin, style: state.theme.style(rows[index].isOrphan ? .dim : .text), clip: line)
            if index == selected { buffer.patchStyle(state.theme.style(.listSelected), in: line) }
        }
    }

    struct Row: Equatable {
        var text: String
        var isOrphan: Bool
    }

    static func rows(_ state: AppState) -> [Row] {
        state.navigation.bookmarks.map { mark in
            guard let question = state.library.question(key: mark.key) else {
                return Row(text: "без вопроса: \(mark.key.chapterID) · \(mark.title)", isOrphan: true)
            }
            return Row(text: "\(ListView.shortName(question.id, in: state))  \(question.title)", isOrphan: false)
        }
    }

    static func contentSize(_ rows: [Row]) -> Size {
        Size(width: max(rows.map { displayWidth(of: " " + $0.text) }.max() ?? 0, 30), height: rows.count)
    }

    static func row(at point: Point, state: AppState) -> Int? {
        guard case .bookmarks(let selected)? = state.overlay else { return nil }
        let rows = rows(state)
        let inner = OverlayBox.inner(of: OverlayBox.frame(contentSize: contentSize(rows), screenSize: state.size))
        guard inner.inset(top: 0, left: -1, bottom: 0, right: -1).contains(point) else { return nil }
        let index = TopicsView.firstVisible(selected: selected, count: rows.count, height: inner.height) + point.y - inner.y
        return rows.indices.contains(index) ? index : nil
    }
}
