import Chapter

/// The part of an answer a sheet shows: every section with `full`, else the short answer
/// (the first section when there is none) and the question's code.
enum SheetSections {
    static func of(_ question: Question, full: Bool) -> [Section] {
        if full { return question.sections }
        guard let first = question.section(.shortAnswer) ?? question.sections.first else { return [] }
        var shown = [first]
        let shownCode = first.codeBlocks
        let code = question.codeBlocks.filter { !shownCode.contains($0) }
        if !code.isEmpty {
            let example = question.section(.example)
            let line = example?.line ?? first.line
            let blocks = code.map { Block(.code($0), lines: line...line) }
            shown.append(Section(kind: .example, title: example?.title ?? "Пример", line: line, blocks: blocks))
        }
        return shown
    }

    /// The heading a section is shown under: its own, or its kind's usual one.
    static func title(of section: Section) -> String {
        if !section.title.isEmpty { return section.title }
        switch section.kind {
        case .whyAsked: return "Зачем спрашивают"
        case .shortAnswer: return "Короткий ответ"
        case .details: return "Детальный разбор"
        case .example: return "Пример"
        case .mistakes: return "Типичные ошибки"
        case .interview: return "На интервью"
        case .other: return "Ответ"
        }
    }

    /// The titles of the sections a sheet adds to each question.
    static let noteTitle = "Моя заметка"
    static let studyTitle = "Как идёт повторение"
}
