import Chapter

/// A study sheet as one Markdown file that Sobes itself loads as a chapter: `# title`,
/// then a `## Вопрос N: …` per question with its sections, the reader's note and study state.
public enum MarkdownSheet {
    public static func render(_ sheet: StudySheet, full: Bool = false) -> String {
        var parts = ["# " + MarkdownWriter.text(sheet.title)]
        parts.append(MarkdownWriter.text("Шпаргалка Sobes от \(StudyStateText.day(sheet.madeAt)): \(sheet.entries.count) "
                                         + questionsWord(sheet.entries.count) + "."))
        let numbers = SheetNumbering.numbers(sheet)
        for (entry, number) in zip(sheet.entries, numbers) {
            parts.append(question(entry, number: number, full: full))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func question(_ entry: StudySheet.Entry, number: Int, full: Bool) -> String {
        let question = entry.question
        let word = question.label?.lowercased().hasPrefix("question") == true ? "Question" : "Вопрос"
        var parts = ["---", "## \(word) \(number): " + MarkdownWriter.text(question.title)]
        for section in SheetSections.of(question, full: full) {
            parts.append("### " + MarkdownWriter.text(SheetSections.title(of: section)))
            let body = MarkdownWriter.blocks(section.blocks)
            if !body.isEmpty { parts.append(body) }
        }
        if let note = entry.writtenNote {
            parts.append("### " + SheetSections.noteTitle)
            parts.append(MarkdownWriter.text(note.trimmingWhitespace()))
        }
        parts.append("### " + SheetSections.studyTitle)
        parts.append(MarkdownWriter.text("\(entry.chapterHeading), вопрос \(question.number). "
                                         + StudyStateText.describe(entry.card, recall: entry.recall)))
        let footnotes = question.footnotes.map { footnote in
            "[^" + footnote.label.filter { !"[]^ \n".contains($0) } + "]: "
                + MarkdownWriter.blocks(footnote.blocks).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n    ")
        }
        if !footnotes.isEmpty { parts.append(footnotes.joined(separator: "\n")) }
        return parts.joined(separator: "\n\n")
    }

    static func questionsWord(_ count: Int) -> String {
        let tens = count % 100, units = count % 10
        if (11...14).contains(tens) { return "вопросов" }
        if units == 1 { return "вопрос" }
        if (2...4).contains(units) { return "вопроса" }
        return "вопросов"
    }
}

/// The numbers the sheet's questions carry: their own when those are unique on the sheet
/// (one chapter), else 1, 2, 3 in the sheet's order.
enum SheetNumbering {
    static func numbers(_ sheet: StudySheet) -> [Int] {
        let own = sheet.entries.map(\.question.number)
        return Set(own).count == own.count ? own : Array(1...max(own.count, 1)).prefix(own.count).map { $0 }
    }
}
