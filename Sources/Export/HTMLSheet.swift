import Browser
import Chapter

/// A study sheet as one self-contained HTML page (no scripts, no outside files) that reads
/// on screen and prints: the code in the theme's colours, a page break never inside a block.
public enum HTMLSheet {
    public static func render(_ sheet: StudySheet, theme: Theme, full: Bool = false) -> String {
        let numbers = SheetNumbering.numbers(sheet)
        var body = ["<h1>" + HTMLEscaping.text(sheet.title) + "</h1>",
                    "<p class=\"made\">Шпаргалка Sobes от " + HTMLEscaping.text(StudyStateText.day(sheet.madeAt)) + ": \(sheet.entries.count) "
                        + MarkdownSheet.questionsWord(sheet.entries.count) + ".</p>"]
        for (entry, number) in zip(sheet.entries, numbers) {
            body.append(question(entry, number: number, full: full))
        }
        return """
            <!DOCTYPE html>
            <html lang="ru">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="sobes">
            <title>\(HTMLEscaping.text(sheet.title))</title>
            <style>
            \(pageStyle)
            \(CodeHTML.stylesheet(theme))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func question(_ entry: StudySheet.Entry, number: Int, full: Bool) -> String {
        let question = entry.question
        let word = question.label?.lowercased().hasPrefix("question") == true ? "Question" : "Вопрос"
        var parts = ["<section class=\"question\">",
                     "<h2>\(word) \(number). " + HTMLEscaping.text(question.title) + "</h2>"]
        for section in SheetSections.of(question, full: full) {
            parts.append("<h3>" + HTMLEscaping.text(SheetSections.title(of: section)) + "</h3>")
            parts.append(HTMLWriter.blocks(section.blocks))
        }
        if let note = entry.writtenNote {
            parts.append("<h3>" + SheetSections.noteTitle + "</h3>")
            parts.append(HTMLWriter.note(note))
        }
        parts.append("<p class=\"study\">" + HTMLEscaping.text("\(entry.chapterHeading), вопрос \(question.number). "
                                                               + StudyStateText.describe(entry.card, recall: entry.recall)) + "</p>")
        if !question.footnotes.isEmpty {
            parts.append("<ol class=\"footnotes\">" + question.footnotes.map { "<li>" + HTMLWriter.blocks($0.blocks) + "</li>" }.joined() + "</ol>")
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    static let pageStyle = """
        body{font-family:'PT Sans','DejaVu Sans',Arial,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.45;color:#1d1d1d;background:#fff}
        h1{font-size:1.6em;margin-bottom:.2em}
        h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.8em}
        h3{font-size:1em;margin:1em 0 .3em;color:#444}
        p.made,p.study{color:#666;font-size:.9em}
        code{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.92em}
        table{border-collapse:collapse;margin:.5em 0}
        th,td{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}
        blockquote{border-left:3px solid #ccc;margin:.5em 0;padding-left:.8em;color:#444}
        .note{border-left:3px solid #d9a400;background:#fffbea;padding:.4em .8em;white-space:normal}
        kbd{border:1px solid #aaa;border-radius:3px;padding:0 .25em;font-size:.9em}
        @media print{body{margin:0;max-width:none}section.question{break-inside:auto}pre,table,.note,h3{break-inside:avoid}h2,h3{break-after:avoid}}
        """
}
