import Chapter
import Screen

/// Follow-up questions and the jump history: Tab walks the open answer's follow-ups in view, Enter or
/// a click follows one (or searches for it, when nothing answers it), Backspace and Alt+←
/// go back, Alt+→ forward. Nil when the action is not about them.
func updateJumps(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .followUpsLinked(let links):
        state.jumps.setLinks(links)
        return []
    case .historyBack, .historyForward:
        guard let current = state.currentPlace else { return [] }
        let place = action == .historyBack ? state.jumps.history.goBack(from: current) : state.jumps.history.goForward(from: current)
        guard let place else {
            state.message = action == .historyBack ? "Назад некуда: переходов не было" : "Вперёд некуда"
            return []
        }
        state.go(to: place)
        return []
    case .focusNext, .focusPrevious:
        guard state.mode == .browsing, state.focus == .answer, !state.renderedAnswer.followUpLines.isEmpty else { return nil }
        let count = state.renderedAnswer.followUpLines.count
        let current = state.focusedFollowUp
        // Tab reaches the follow-ups once they are in view (the reader has read down to them);
        // before that, and past the last one, it goes on to the next pane as ever.
        let next: Int? = action == .focusNext ? (current.map { $0 + 1 } ?? state.firstFollowUpInView) : current.map { $0 - 1 }
        // Past the last one Tab goes on to the next pane; before the first, Shift+Tab does.
        guard let next, next < count else {
            state.jumps.focusedFollowUp = nil
            return current == nil || action == .focusNext ? nil : []
        }
        guard next >= 0 else {
            state.jumps.focusedFollowUp = nil
            return []
        }
        state.focusFollowUp(next)
        return []
    case .openSelected:
        guard state.mode == .browsing, state.focus == .answer, let index = state.focusedFollowUp else { return nil }
        return state.follow(index)
    case .click(let point):
        guard state.mode == .browsing, let index = state.followUp(at: point) else { return nil }
        state.focus = .answer
        state.focusFollowUp(index)
        // A click opens a linked follow-up; one nothing answers is only focused (Enter searches).
        return state.followUpTarget(index) == nil ? [] : state.follow(index)
    default:
        return nil
    }
}

/// Records the place an action is about to leave by a jump: opening a question from the list
/// or a search result, a section key, a click on another question, a topic chosen. Moving
/// through the list with j/k is not a jump (as in vim's jump list).
func recordJump(before action: Action, _ state: inout AppState) {
    guard let place = state.currentPlace else { return }
    switch (state.mode, action) {
    case (.browsing, .startSearch), (.typingSearch, .startSearch):
        if state.search == nil { state.jumps.searchOrigin = place }
    case (.typingSearch, .submitSearch), (.browsing, .openSelected) where state.focus == .list:
        if state.search != nil, let origin = state.jumps.searchOrigin {
            if origin.question != place.question { state.jumps.history.record(origin) }
        } else {
            state.jumps.history.record(place)
        }
    case (.browsing, .jumpToSection):
        state.jumps.history.record(place)
    case (.browsing, .click(let point)):
        let rows = state.listRows
        guard state.layout.pane(at: point) == .list, rows.contains(point),
              let entry = state.listEntry(atRow: point.y - rows.y), entry != state.selectedRow else { return }
        state.jumps.history.record(place)
    case (.overlay(.topics(let selected)), .openSelected):
        if state.library.topics.indices.contains(selected), state.library.topics[selected] != state.chapterID {
            state.jumps.history.record(place)
        }
    case (.overlay(.topics), .click(let point)):
        if let row = TopicsView.row(at: point, state: state), state.library.topics[row] != state.chapterID {
            state.jumps.history.record(place)
        }
    default:
        break
    }
}

extension AppState {
    /// Where the reader is now, if a question is open.
    public var currentPlace: JumpPlace? {
        guard let question = openQuestionID else { return nil }
        return JumpPlace(question: question, focus: focus == .notes ? .answer : focus, answerScroll: answerScroll,
                         codeBlockIndex: codeBlockIndex, codeScroll: codeScroll, codeColumn: codeColumn, followUp: focusedFollowUp)
    }

    /// Opens a question as a jump: the place left is recorded, so Backspace comes back to it.
    /// For whatever leads elsewhere in the library (follow-ups, links between chapters).
    public mutating func jump(to question: QuestionID, answerLine: Int = 0) {
        guard library.question(question) != nil else { return }
        if let place = currentPlace { jumps.history.record(place) }
        go(to: JumpPlace(question: question, focus: .answer, answerScroll: answerLine, codeBlockIndex: 0,
                         codeScroll: 0, codeColumn: 0, followUp: nil))
    }

    /// Shows a place: in the search results when they hold its question, else in its chapter.
    mutating func go(to place: JumpPlace) {
        if let row = listEntries.firstIndex(of: place.question), search != nil {
            selectedRow = row
        } else {
            search = nil
            showSearchTarget(place.question)
        }
        codeBlockIndex = min(max(place.codeBlockIndex, 0), max(codeBlocks.count - 1, 0))
        refreshLayout()
        answerScroll = place.answerScroll
        codeScroll = place.codeScroll
        codeColumn = place.codeColumn
        focus = place.focus
        jumps.focusedFollowUp = place.followUp.map { JumpState.FocusedFollowUp(question: place.question, index: $0) }
    }

    /// The focused follow-up of the open answer.
    var focusedFollowUp: Int? {
        guard let focused = jumps.focusedFollowUp, focused.question == openQuestionID,
              renderedAnswer.followUpLines.indices.contains(focused.index) else { return nil }
        return focused.index
    }

    func followUpTarget(_ index: Int) -> QuestionID? {
        openQuestionID.flatMap { jumps.followUpTargets[$0]?[index] }
    }

    /// Where the open answer's linked follow-ups lead, as the answer shows it ("04/8").
    var followUpLabels: [Int: String] {
        guard let question = openQuestionID, let targets = jumps.followUpTargets[question] else { return [:] }
        return targets.mapValues { library.shortName(of: $0) }
    }

    /// Focuses a follow-up and scrolls the answer so that all of it is in view.
    mutating func focusFollowUp(_ index: Int) {
        guard let question = openQuestion, renderedAnswer.followUpLines.indices.contains(index) else { return }
        jumps.focusedFollowUp = JumpState.FocusedFollowUp(question: question.id, index: index)
        let lines = renderedAnswer.followUpLines[index]
        let height = max(layout.answerContent.height, 1)
        if lines.lowerBound < answerScroll { answerScroll = lines.lowerBound }
        if lines.upperBound > answerScroll + height { answerScroll = max(lines.upperBound - height, 0) }
    }

    /// The first follow-up the answer pane shows now.
    var firstFollowUpInView: Int? {
        let visible = answerScroll..<(answerScroll + max(layout.answerContent.height, 1))
        return renderedAnswer.followUpLines.firstIndex { visible.overlaps($0) }
    }

    /// The follow-up drawn at a point of the answer pane.
    func followUp(at point: Point) -> Int? {
        let content = layout.answerContent
        guard content.contains(point) else { return nil }
        let line = answerScroll + point.y - content.y
        return renderedAnswer.followUpLines.firstIndex { $0.contains(line) }
    }

    /// Opens the question a follow-up leads to, or searches for its text when none answers it.
    mutating func follow(_ index: Int) -> [Effect] {
        if let target = followUpTarget(index) {
            jump(to: target)
            return []
        }
        guard let question = openQuestion, let text = question.interview?.followUps[safe: index]?.plainText else { return [] }
        if let place = currentPlace { jumps.searchOrigin = place }
        var search = SearchState()
        search.line = LineEditing(text: text.trimmingWhitespace())
        search.generation = (self.search?.generation ?? 0) + 1
        self.search = search
        focus = .list
        return [.search(text: search.text, generation: search.generation)]
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
