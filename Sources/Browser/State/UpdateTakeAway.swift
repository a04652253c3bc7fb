import Chapter
import Notes
import Study

/// What leaves the program: the question copied (`Y`) and the list written as a study
/// sheet (`x`), and the runtime's report of the sheet. Returns nil when the action is not its.
func updateTakeAway(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .copyQuestion:
        guard let question = state.openQuestion else {
            state.message = "Нет открытого вопроса"
            return []
        }
        let short = (question.section(.shortAnswer) ?? question.sections.first).map { BlockPlainText.text($0.blocks) } ?? ""
        let text = short.isEmpty ? question.title : question.title + "\n\n" + short
        let lines = BlockPlainText.lineCount(text)
        state.message = "Скопированы вопрос и короткий ответ: \(lines) \(russianPlural(lines, "строка", "строки", "строк"))"
        return [.copyToClipboard(text)]
    case .exportList:
        let ids = state.listEntries
        guard !ids.isEmpty else {
            state.message = "Выгружать нечего: список пуст"
            return []
        }
        var notes = state.notes.texts
        // The note being typed goes as it stands, saved or not yet.
        if let editing = state.editing { notes[editing.questionID] = editing.editor.text }
        let name = state.search?.hits == nil ? state.chapterID : "search"
        let fileName = "sobes-\(safeFileWord(name))-\(fileStamp(state.wallNow)).md"
        state.message = "Выгружаю \(ids.count) \(russianPlural(ids.count, "вопрос", "вопроса", "вопросов"))…"
        return [.exportSheet(ids: ids, notes: notes, cards: state.study.cards, fileName: fileName, at: state.wallNow)]
    case .sheetExported(let path, let count):
        state.message = "Шпаргалка (\(count) \(russianPlural(count, "вопрос", "вопроса", "вопросов"))): \(path)"
        return []
    case .sheetNotExported(let reason):
        state.message = "Шпаргалка не записана: \(reason)"
        return []
    default:
        return nil
    }
}

/// A chapter id as a file name's part: letters, digits, `-` and `_` only.
private func safeFileWord(_ text: String) -> String {
    let kept = String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    return kept.isEmpty ? "sheet" : String(kept.prefix(60))
}

/// "20261201-2345" (UTC), from the wall clock.
func fileStamp(_ instant: Instant) -> String {
    let seconds = instant.millisecondsSince1970 / 1000
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let minutes = (seconds - days * 86_400) / 60
    let (year, month, day) = UTCTimestamp.civil(daysSince1970: days)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)\(two(month))\(two(day))-\(two(minutes / 60))\(two(minutes % 60))"
}
