import Chapter

/// The follow-up drill of recall mode: after an answer, `f` asks next the questions that
/// answer its follow-ups ("На интервью"), as an interviewer would go on.
extension AppState {
    /// The questions answering a question's linked follow-ups that the session has not asked
    /// yet, in the order of its follow-up list.
    func followUpQuestions(of id: QuestionID, in session: RecallSession) -> [QuestionID] {
        let asked = Set(session.queue[..<min(session.position + 1, session.queue.count)])
        var seen: Set<QuestionID> = []
        return (jumps.followUpTargets[id] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
            .filter { $0 != id && !asked.contains($0) && seen.insert($0).inserted }
    }

    /// `f`: the follow-ups' questions come next (moved up when the session asks them later).
    mutating func drillFollowUps(_ session: inout RecallSession) {
        guard let id = session.current else { return }
        guard session.stage > .question else {
            message = "Сначала ответ: Пробел, потом уточняющие вопросы"
            return
        }
        let next = followUpQuestions(of: id, in: session)
        guard !next.isEmpty else {
            message = "У этого вопроса нет уточняющих, на которые отвечает другой вопрос"
            return
        }
        let insertAt = session.position + 1
        session.queue = Array(session.queue[..<insertAt]) + next + session.queue[insertAt...].filter { !next.contains($0) }
        for question in next { session.followUpOf[question] = id }
        message = "Уточняющие вопросы: \(next.count), следующими после оценки этого"
    }
}
