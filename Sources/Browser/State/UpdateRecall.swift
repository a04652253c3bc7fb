import Chapter
import Study
import Screen

/// Recall mode's share of `update`: the cards as the log makes them, the scope chooser,
/// and the session (reveal, grade, next, summary). Returns nil when the action is not its.
func updateRecall(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .cardsLoaded(let cards):
        state.study.cards = cards
        state.study.isLoaded = true
        state.study.unavailable = nil
        if let scope = state.study.pendingScope {
            state.study.pendingScope = nil
            state.startRecall(scope)
        }
        return []
    case .cardsUnavailable(let reason):
        state.study.unavailable = reason
        if state.study.pendingScope != nil {
            state.study.pendingScope = nil
            state.message = "История повторений недоступна: \(reason)"
        }
        return []
    case .reviewRecorded(let id, let card):
        state.study.cards[id] = card
        return []
    case .reviewNotRecorded(_, let message):
        state.message = "Оценка не записана: \(message)"
        return []
    default:
        break
    }
    if case .overlay(.recallScopes(let selected)) = state.mode {
        return updateScopeChooser(&state, selected: selected, action)
    }
    if state.mode == .recall || state.mode == .editingNote, var session = state.study.session {
        if session.isTypingScratch {
            defer { state.study.session = session }
            return state.updateScratch(&session, action)
        }
        defer { if state.study.session != nil { state.study.session = session } }
        return updateSession(&state, &session, action)
    }
    switch action {
    case .startRecall(let scope):
        state.startRecall(scope)
        return []
    case .chooseRecallScope:
        state.overlay = .recallScopes(selected: 0)
        return []
    default:
        return nil
    }
}

private func updateScopeChooser(_ state: inout AppState, selected: Int, _ action: Action) -> [Effect]? {
    let last = RecallScope.allCases.count - 1
    switch action {
    case .moveDown(let count): state.overlay = .recallScopes(selected: min(selected + count, last))
    case .moveUp(let count): state.overlay = .recallScopes(selected: max(selected - count, 0))
    case .top, .pageUp: state.overlay = .recallScopes(selected: 0)
    case .bottom, .pageDown: state.overlay = .recallScopes(selected: last)
    case .openSelected:
        state.overlay = nil
        state.startRecall(RecallScope.allCases[selected])
    case .dismiss, .chooseRecallScope: state.overlay = nil
    default:
        // The window takes the reader's other keys; the runtime's reports go on below it.
        return action.isFromReader ? [] : nil
    }
    return []
}

private func updateSession(_ state: inout AppState, _ session: inout RecallSession, _ action: Action) -> [Effect]? {
    switch action {
    case .revealAnswer:
        guard !session.isOver else { return [] }
        if session.interview != nil {
            // As an interviewer would: the whole answer once asked for, and the clock stops.
            session.stage = .fullAnswer
            if session.clock?.answeredAt == nil { session.clock?.answeredAt = state.now }
            return []
        }
        session.stage = RevealStage(rawValue: min(session.stage.rawValue + 1, RevealStage.fullAnswer.rawValue))!
    case .grade(let rating):
        guard let id = session.current, let question = state.library.question(id) else { return [] }
        guard session.stage > .question else {
            state.message = "Сначала вспомните ответ и откройте его: Пробел"
            return []
        }
        // What the reader typed as their answer is kept, as a draft in the question's note.
        let kept = state.keepScratch(&session, of: question)
        session.grades.append(rating)
        session.position += 1
        session.stage = .question
        session.scroll = 0
        if var clock = session.clock {
            clock.answerSeconds.append(clock.elapsedSeconds(at: state.now))
            clock.questionStartedAt = state.now
            clock.answeredAt = nil
            session.clock = clock
        }
        if session.current == nil { session.endedAt = state.now }
        return kept + [.recordReview(id: id, key: cardKey(for: question), title: question.title, rating: rating, at: state.wallNow)]
    case .drillFollowUps:
        state.drillFollowUps(&session)
    case .openEditor:
        guard !session.isOver else { return [] }
        if session.scratch == nil { session.scratch = NoteEditor(viewport: RecallView.scratchViewport(state.size)) }
        session.isTypingScratch = true
    case .moveDown(let count): session.scroll += count
    case .moveUp(let count): session.scroll = max(session.scroll - count, 0)
    case .pageDown: session.scroll += max(state.size.height - 4, 1)
    case .pageUp: session.scroll = max(session.scroll - max(state.size.height - 4, 1), 0)
    case .endRecall, .dismiss:
        if session.isOver {
            state.study.session = nil
        } else {
            session.endedAt = state.now
        }
    default:
        return action.isFromReader ? [] : nil
    }
    return []
}

extension AppState {
    /// Starts a session over a scope's questions, or says why it cannot yet.
    mutating func startRecall(_ scope: RecallScope) {
        if scope.needsCards, !study.isLoaded {
            if let reason = study.unavailable {
                message = "История повторений недоступна: \(reason)"
            } else {
                study.pendingScope = scope
                message = "Читаю историю повторений…"
            }
            return
        }
        let queue = recallQueue(scope)
        guard !queue.isEmpty else {
            message = "Нечего повторять: «\(scope.title)» — пусто"
            return
        }
        overlay = nil
        var session = RecallSession(scope: scope, queue: queue, startedAt: now)
        if scope == .interview {
            session.interview = study.interviewPlan
            session.clock = InterviewClock(questionStartedAt: now)
        }
        study.session = session
    }

    /// The questions a scope asks, in the order asked.
    func recallQueue(_ scope: RecallScope) -> [QuestionID] {
        let cards = study.cards
        switch scope {
        case .chapter:
            return questions.map(\.id)
        case .library:
            return library.allQuestions.map(\.id)
        case .searchResults:
            return search?.hits?.map(\.questionID) ?? []
        case .interview:
            return study.interviewPlan.questions(of: library, seed: UInt64(bitPattern: wallNow.millisecondsSince1970))
        case .new:
            return library.allQuestions.map(\.id).filter { (cards[$0]?.state ?? .new) == .new }
        case .due:
            return StudySelection.due(reviewedCards, at: wallNow)
        case .weakest:
            return StudySelection.weakest(reviewedCards, at: wallNow)
        }
    }

    /// The library's reviewed questions with their cards, in reading order.
    var reviewedCards: [(QuestionID, Card)] {
        library.allQuestions.compactMap { question in study.cards[question.id].map { (question.id, $0) } }
    }

    /// Lays the session's card out again when its question, stage, width or theme changed.
    mutating func refreshRecallCard() {
        guard let session = study.session, let id = session.current, let question = library.question(id) else { return }
        let width = RecallView.content(size).width
        let followUps = session.stage > .question ? followUpQuestions(of: id, in: session).count : 0
        let key = RecallCardKey(question: id, stage: session.stage, width: width, theme: theme.name,
                                isInterview: session.interview != nil, followUps: followUps)
        guard key != study.renderedCardKey else { return }
        study.renderedCardKey = key
        study.renderedCard = session.interview == nil
            ? RecallView.card(question, stage: session.stage, width: width, theme: theme)
            : RecallView.interviewCard(question, stage: session.stage, width: width, theme: theme)
        if followUps > 0 {
            study.renderedCard.lines += wrap([Span("▸ f — уточняющие вопросы (\(followUps)): следующими", style: theme.style(.helpKey))],
                                             width: max(width, 1))
        }
    }
}
