import Chapter
import Screen

extension AppState {
    /// The one door to another place of the library: every link, bookmark and outline entry
    /// that moves the reader goes through here (a jump history records it here).
    mutating func openLocation(_ place: LibraryPlace) {
        guard let chapter = library.chapter(id: place.chapterID) else {
            message = "В библиотеке нет главы \(place.chapterID)"
            return
        }
        let number: Int?
        switch place.part {
        case .start: number = chapter.questions.first?.number
        case .question(let question, _): number = question
        case .appendix: number = chapter.questions.last?.number
        }
        guard let number, let question = chapter.question(number: number),
              let row = chapter.questions.firstIndex(where: { $0.id == question.id }) else {
            message = "В главе \(chapter.id) нет такого вопроса"
            return
        }
        overlay = nil
        // A link, a bookmark or the outline is a jump: Backspace comes back here.
        if let place = currentPlace { jumps.history.record(place) }
        if openQuestionID != question.id {
            search = nil
            chapterID = chapter.id
            selectedRow = -1
            select(row: row)
        }
        focus = .answer
        refreshLayout()
        switch place.part {
        case .question(_, let section?) where renderedAnswer.sectionStarts.indices.contains(section):
            answerScroll = renderedAnswer.sectionStarts[section].line
        case .appendix(let index) where renderedAnswer.appendixStarts.indices.contains(index):
            answerScroll = renderedAnswer.appendixStarts[index]
        default:
            answerScroll = 0
        }
        clampScrolling()
        followReading()
        navigation.lastJump = NavigationState.Jump(place: place, scroll: answerScroll)
    }

    /// Follows link `number` (1-based) of the open answer: a place of the library opens here,
    /// a README opens the topics, a link to the web goes to the runtime's opener (or shows
    /// its URL when there is none), a broken one says why.
    mutating func followLink(_ number: Int) -> [Effect] {
        let links = renderedAnswer.links
        guard links.indices.contains(number - 1), let chapterID = openQuestionID?.chapterID else {
            message = links.isEmpty ? "В этом ответе нет ссылок" : "Нет ссылки \(number): их \(links.count)"
            return []
        }
        switch library.resolveLink(links[number - 1].destination, from: chapterID) {
        case .place(let place):
            openLocation(place)
        case .topics:
            overlay = .topics(selected: library.topics.firstIndex(of: self.chapterID) ?? 0)
        case .external(let url):
            guard navigation.canOpenExternally else {
                message = "Ссылка: \(url)"
                return []
            }
            overlay = nil
            message = "Открываю \(url)"
            return [.openExternalLink(url)]
        case .broken(let reason):
            message = "Ссылка никуда не ведёт: \(reason)"
        }
        return []
    }

    /// The link under a point of the answer pane, if any (1-based, as `followLink` takes it).
    func link(at point: Point) -> Int? {
        let content = layout.answerContent
        guard content.contains(point) else { return nil }
        let index = answerScroll + point.y - content.y
        guard renderedAnswer.lines.indices.contains(index) else { return nil }
        var x = content.x
        for span in renderedAnswer.lines[index] {
            let width = displayWidth(of: span.text)
            if point.x >= x && point.x < x + width { return span.style.link == 0 ? nil : Int(span.style.link) }
            x += width
        }
        return nil
    }
}
