import Chapter
import Screen
import Study

/// A recall session over the whole screen: the question with its answer hidden, then the
/// short answer, then the full one; at the end, the summary.
enum RecallView {
    /// The widest a card's lines get: longer lines are hard to read back.
    static let readableWidth = 100

    /// Where the card's lines go: under the title row, with margins, above the status bar.
    static func content(_ size: Size) -> Rect {
        Rect(x: 2, y: 2, width: max(min(size.width - 4, readableWidth), 1), height: max(size.height - 3, 0))
    }

    static func render(_ state: AppState, _ session: RecallSession, into buffer: inout Buffer) {
        let theme = state.theme
        let area = Rect(x: 0, y: 0, width: state.size.width, height: max(state.size.height - 1, 0))
        let count = session.queue.count
        var place = session.isOver ? "итоги" : "вопрос \(session.position + 1) из \(count)"
        if let id = session.current, let parent = session.followUpOf[id] {
            place += " · уточняющий к \(state.library.shortName(of: parent))"
        }
        let overTime = session.isOver ? false : session.isOverTime(at: state.now)
        if let clock = session.clock, let plan = session.interview, !session.isOver {
            place += " · \(clockText(clock.elapsedSeconds(at: state.now))) из \(clockText(Int64(plan.secondsPerQuestion)))"
            if overTime { place += " · время вышло" }
        }
        let title = session.interview == nil ? "Повторение · \(session.scope.title)" : "Собеседование"
        PaneTitle.render(title, detail: place, focused: true, area: area, theme: theme, into: &buffer)
        if overTime {
            let width = displayWidth(of: place) + 1
            buffer.patchStyle(theme.style(.error), in: Rect(x: area.maxX - width, y: area.y, width: width, height: 1))
        }
        let lines = session.isOver
            ? (session.interview == nil ? summary(state, session) : interviewSummary(state, session))
            : state.study.renderedCard.lines
        var content = content(state.size)
        if session.scratch != nil, !session.isOver {
            let area = scratchArea(state.size)
            content = Rect(x: content.x, y: content.y, width: content.width, height: max(area.y - 1 - content.y, 0))
            renderScratch(state, session, area: area, into: &buffer)
        }
        let first = min(session.scroll, max(lines.count - content.height, 0))
        for row in 0..<content.height {
            let index = first + row
            guard lines.indices.contains(index) else { break }
            let line = Rect(x: content.x, y: content.y + row, width: content.width, height: 1)
            buffer.put(lines[index], at: line.origin, clip: line)
        }
    }

    /// The card at a stage: the question and why it is asked; then the short answer; then
    /// every section, code inline. What is still hidden is said, never shown.
    static func card(_ question: Question, stage: RevealStage, width: Int, theme: Theme) -> RenderedAnswer {
        let shown: [Section]
        switch stage {
        case .question: shown = question.sections.filter { $0.kind == .whyAsked }
        case .shortAnswer: shown = question.sections.filter { $0.kind == .whyAsked || $0.kind == .shortAnswer }
        case .fullAnswer: shown = question.sections
        }
        let visible = Question(id: question.id, title: question.title, line: question.line, sections: shown)
        let renderer = AnswerRenderer(theme: theme, code: .inline(highlight: { CodeStyling.lines(of: $0, theme: theme) }))
        var card = renderer.render(visible, width: width)
        let next: String
        switch stage {
        case .question: next = "Вспомните ответ. Пробел — короткий ответ"
        case .shortAnswer: next = "Пробел — подробный ответ · оценка: 1 снова, 2 трудно, 3 хорошо, 4 легко"
        case .fullAnswer: next = "Оценка: 1 снова, 2 трудно, 3 хорошо, 4 легко"
        }
        card.lines.append([])
        card.lines += wrap([Span("▸ " + next, style: theme.style(.helpKey))], width: max(width, 1))
        return card
    }

    /// Where the scratch area's text goes: the lower third of the card, under a title row.
    static func scratchArea(_ size: Size) -> Rect {
        let card = content(size)
        let height = max(card.height / 3, 3)
        return Rect(x: card.x, y: card.maxY - height, width: card.width, height: height)
    }

    static func scratchViewport(_ size: Size) -> EditorViewport {
        let area = scratchArea(size)
        return EditorViewport(width: max(area.width, 1), height: max(area.height, 1))
    }

    static func renderScratch(_ state: AppState, _ session: RecallSession, area: Rect, into buffer: inout Buffer) {
        guard let scratch = session.scratch else { return }
        let title = Rect(x: area.x - 1, y: area.y - 1, width: area.width + 2, height: 1)
        PaneTitle.render("Ваш ответ", detail: session.isTypingScratch ? "Esc — к карточке · Ctrl+O — в заметку" : "e — дописать",
                         focused: session.isTypingScratch, area: title, theme: state.theme, into: &buffer)
        _ = scratch.draw(into: &buffer, area: area, style: state.theme.style(.text))
    }

    /// The terminal cursor in the scratch area while the reader types there.
    static func scratchCursor(_ state: AppState) -> Point? {
        guard let session = state.study.session, session.isTypingScratch, let scratch = session.scratch else { return nil }
        let area = scratchArea(state.size)
        let cell = scratch.cursorCell
        let point = Point(x: area.x + cell.x, y: area.y + cell.y)
        return area.contains(point) ? point : nil
    }

    /// A mock interview's card: the title alone, as an interviewer asks it; then the whole
    /// answer, with the follow-ups the interviewer would ask next set apart.
    static func interviewCard(_ question: Question, stage: RevealStage, width: Int, theme: Theme) -> RenderedAnswer {
        let width = max(width, 1)
        guard stage > .question else {
            var card = RenderedAnswer()
            card.lines = wrap([Span(question.title, style: theme.style(.heading))], width: width)
            card.lines.append([])
            card.lines += wrap([Span("▸ Отвечайте вслух, как на собеседовании. Пробел — ответ", style: theme.style(.helpKey))], width: width)
            return card
        }
        var card = card(question, stage: .fullAnswer, width: width, theme: theme)
        card.lines.removeLast(wrap([Span("▸ " + "Оценка: 1 снова, 2 трудно, 3 хорошо, 4 легко", style: theme.style(.helpKey))], width: width).count)
        let followUps = question.interview?.followUps.map(\.plainText).filter { !$0.isEmpty } ?? []
        if !followUps.isEmpty {
            card.lines += wrap([Span("Интервьюер спросит дальше", style: theme.style(.sectionHeading))], width: width)
            for followUp in followUps {
                card.lines += wrap([Span("• " + followUp, style: theme.style(.text))], firstLineWidth: width, continuationWidth: max(width - 2, 1))
                    .enumerated().map { $0.offset == 0 ? $0.element : [Span("  ")] + $0.element }
            }
            card.lines.append([])
        }
        card.lines += wrap([Span("▸ Оценка: 1 снова, 2 трудно, 3 хорошо, 4 легко", style: theme.style(.helpKey))], width: width)
        return card
    }

    /// "2:05": minutes and seconds, as a clock shows them.
    static func clockText(_ seconds: Int64) -> String {
        let seconds = max(seconds, 0)
        let rest = seconds % 60
        return "\(seconds / 60):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// How many, the grades, the time per answer against the limit, and what falls due next.
    static func interviewSummary(_ state: AppState, _ session: RecallSession) -> [StyledLine] {
        var lines = summary(state, session)
        lines[0] = [Span("Итоги собеседования", style: state.theme.style(.heading))]
        guard let clock = session.clock, let plan = session.interview, !clock.answerSeconds.isEmpty else { return lines }
        let inTime = clock.answerSeconds.filter { $0 <= Int64(plan.secondsPerQuestion) }.count
        let average = clock.answerSeconds.reduce(0, +) / Int64(clock.answerSeconds.count)
        let text = "В срок (\(clockText(Int64(plan.secondsPerQuestion)))): \(inTime) из \(clock.answerSeconds.count) · в среднем на ответ \(duration(seconds: average))"
        lines.insert([Span(text, style: state.theme.style(.text))], at: 5)
        return lines
    }

    /// How many, the grades, the time, and what falls due next.
    static func summary(_ state: AppState, _ session: RecallSession) -> [StyledLine] {
        let theme = state.theme
        let text = theme.style(.text)
        let spent = ((session.endedAt ?? state.now) - session.startedAt).components.seconds
        var lines: [StyledLine] = [[Span("Итоги повторения", style: theme.style(.heading))], []]
        let graded = session.grades.count
        lines.append([Span("Оценено: \(graded) из \(session.queue.count) \(russianPlural(session.queue.count, "вопроса", "вопросов", "вопросов"))", style: text)])
        let grades: [(Rating, String)] = [(.again, "снова"), (.hard, "трудно"), (.good, "хорошо"), (.easy, "легко")]
        lines.append([Span(grades.map { "\($0.0.rawValue) \($0.1): \(session.count(of: $0.0))" }.joined(separator: " · "), style: text)])
        lines.append([Span("Время: \(duration(seconds: spent))", style: text)])
        lines.append([])
        lines.append([Span(nextDue(state), style: text)])
        lines.append([])
        lines.append([Span("▸ Esc — к списку", style: theme.style(.helpKey))])
        return lines
    }

    /// When the next card of the library falls due, and how many do within a day.
    static func nextDue(_ state: AppState) -> String {
        let now = state.wallNow
        let dues = state.study.cards.values.compactMap(\.due)
        let dueNow = dues.filter { $0 <= now }.count
        let later = dues.filter { $0 > now }
        let withinDay = later.filter { $0 <= now + .days(1) }.count
        var parts: [String] = []
        if dueNow > 0 { parts.append("к повтору сейчас: \(dueNow)") }
        if let next = later.min() {
            parts.append("следующий через \(duration(seconds: (next - now).milliseconds / 1000))")
            parts.append("за сутки: \(withinDay)")
        }
        return parts.isEmpty ? "Повторять пока нечего" : "Дальше: " + parts.joined(separator: " · ")
    }

    /// "45 с", "3 мин 5 с", "2 ч 10 мин", "3 дн".
    static func duration(seconds: Int64) -> String {
        let seconds = max(seconds, 0)
        if seconds < 60 { return "\(seconds) с" }
        if seconds < 3600 { return seconds % 60 == 0 ? "\(seconds / 60) мин" : "\(seconds / 60) мин \(seconds % 60) с" }
        if seconds < 86_400 { return "\(seconds / 3600) ч \(seconds % 3600 / 60) мин" }
        return "\(seconds / 86_400) дн"
    }
}

/// `R`: the scopes a session can ask, one a row.
enum RecallScopesView {
    static func render(_ state: AppState, selected: Int, into buffer: inout Buffer) {
        let names = RecallScope.allCases.map(\.title)
        let inner = OverlayBox.render(title: "Повторить · Enter начать", contentSize: TopicsView.contentSize(names.map { .heading($0) }),
                                      state: state, into: &buffer)
        for (index, name) in names.enumerated() where index < inner.height {
            let line = Rect(x: inner.x - 1, y: inner.y + index, width: inner.width + 2, height: 1)
            buffer.put(" " + name, at: line.origin, style: state.theme.style(.text), clip: line)
            if index == selected { buffer.patchStyle(state.theme.style(.listSelected), in: line) }
        }
    }
}
