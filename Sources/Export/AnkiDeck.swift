import Chapter

/// An Anki deck made from a study sheet: one note per question of Sobes's own note type.
/// Front: the title and why it is asked; back: the short answer, the details, the code
/// highlighted as on screen, the reader's note.
public struct AnkiDeck: Sendable, Equatable {
    public var notes: [Note]
    /// The deck the cards go to ("Sobes::04. Asyncio и конкурентность" for one chapter).
    public var deckName: String

    public struct Note: Sendable, Equatable {
        /// Anki matches an imported note to the one it has by this: derived from the
        /// question's stable identity, so exporting again updates the cards.
        public var guid: String
        /// In `AnkiNoteType.fieldNames` order.
        public var fields: [String]
        public var tags: [String]
        public var deckName: String
    }

    public init(sheet: StudySheet) {
        let chapters = Set(sheet.entries.map(\.question.id.chapterID))
        deckName = chapters.count == 1 ? AnkiDeck.deckName(sheet.entries[0]) : "Sobes"
        notes = sheet.entries.map { entry in
            Note(guid: AnkiGUID.guid(for: entry.question.key), fields: AnkiDeck.fields(entry),
                 tags: AnkiDeck.tags(entry), deckName: AnkiDeck.deckName(entry))
        }
    }

    /// "Sobes::Python::04. Asyncio и конкурентность": one deck per chapter, under its track.
    static func deckName(_ entry: StudySheet.Entry) -> String {
        (["Sobes"] + [entry.track, entry.chapterHeading].compactMap { $0 })
            .map { $0.replacingColons() }.joined(separator: "::")
    }

    static func fields(_ entry: StudySheet.Entry) -> [String] {
        let question = entry.question
        let why = question.section(.whyAsked).map { HTMLWriter.blocks($0.blocks) } ?? ""
        let short = question.section(.shortAnswer).map { HTMLWriter.blocks($0.blocks) } ?? ""
        let details = question.sections
            .filter { ![.whyAsked, .shortAnswer, .example].contains($0.kind) }
            .map { "<h3>" + HTMLEscaping.text(SheetSections.title(of: $0)) + "</h3>" + HTMLWriter.blocks($0.blocks) }
            .joined(separator: "\n")
        let code = question.sections.filter { $0.kind == .example }.flatMap(\.codeBlocks).map(CodeHTML.block).joined(separator: "\n")
        let note = entry.writtenNote.map(HTMLWriter.note) ?? ""
        let source = HTMLEscaping.text("\(entry.chapterHeading), вопрос \(question.number)")
        return [HTMLEscaping.text(question.title), why, short, details, code, note, source]
    }

    /// `sobes`, the track and the chapter, as Anki tags (no spaces; `::` makes them a tree).
    static func tags(_ entry: StudySheet.Entry) -> [String] {
        var tags = ["sobes", "sobes::chapter::" + tagWord(entry.question.id.chapterID)]
        if let track = entry.track { tags.append("sobes::track::" + tagWord(track)) }
        return tags
    }

    static func tagWord(_ text: String) -> String {
        let word = String(text.map { $0.isWhitespace || $0 == "\"" ? "_" : $0 }).replacingColons()
        return word.isEmpty ? "_" : word
    }
}

/// Sobes's note type: its fields and card template.
enum AnkiNoteType {
    /// Fixed, so a second import finds the note type the first one brought.
    static let id: Int64 = 1_764_547_200_001
    static let name = "Sobes: вопрос"
    static let fieldNames = ["Вопрос", "Зачем спрашивают", "Короткий ответ", "Разбор", "Код", "Заметка", "Источник"]

    static let front = """
        <div class="title">{{Вопрос}}</div>
        {{#Зачем спрашивают}}<div class="why"><div class="label">Зачем спрашивают</div>{{Зачем спрашивают}}</div>{{/Зачем спрашивают}}
        """
    static let back = """
        {{FrontSide}}
        <hr id="answer">
        {{#Короткий ответ}}<div class="short">{{Короткий ответ}}</div>{{/Короткий ответ}}
        {{#Разбор}}<div class="details">{{Разбор}}</div>{{/Разбор}}
        {{#Код}}<div class="example">{{Код}}</div>{{/Код}}
        {{#Заметка}}<div class="label">Моя заметка</div>{{Заметка}}{{/Заметка}}
        <div class="source">{{Источник}}</div>
        """

    static func css(codeStyle: String) -> String {
        """
        .card{font-family:'PT Sans','DejaVu Sans',Arial,sans-serif;font-size:18px;text-align:left;color:#1d1d1d;background:#fff;line-height:1.4}
        .title{font-size:1.2em;font-weight:bold;margin-bottom:.6em}
        .label{color:#777;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;margin-top:.8em}
        .why{color:#444}
        .source{color:#888;font-size:.8em;margin-top:1em}
        .note{border-left:3px solid #d9a400;background:#fffbea;padding:.4em .8em}
        code{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em}
        table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2em .5em}
        \(codeStyle)
        """
    }
}

extension String {
    /// `::` separates deck and tag levels in Anki: a colon inside a name must not.
    func replacingColons() -> String {
        String(map { $0 == ":" ? "꞉" : $0 })
    }
}
