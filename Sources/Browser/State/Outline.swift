import Chapter
import Screen

/// The open question's sections, and the chapter's appendix, listed under the questions
/// when the list has rows they do not need.
struct Outline: Equatable {
    struct Entry: Equatable {
        var title: String
        var place: LibraryPlace
    }

    var entries: [Entry]
    /// The entry the reader is in, as the answer is scrolled.
    var current: Int?
    /// The rows of the list the outline takes: a heading, then one row per shown entry.
    var area: Rect
    /// The first entry shown (the current one stays in view when not all fit).
    var first: Int

    /// The rows below the heading, one per entry from `first`.
    var entryRows: Rect { area.inset(top: 1) }

    /// The entry drawn at a point, for clicks.
    func entry(at point: Point) -> Entry? {
        guard entryRows.contains(point) else { return nil }
        let index = first + point.y - entryRows.y
        return entries.indices.contains(index) ? entries[index] : nil
    }
}

extension AppState {
    /// The outline, when the list has room for its heading and at least two entries below
    /// the questions, a blank row between: nil while the questions need the rows.
    var outline: Outline? {
        guard let question = openQuestion, let chapter = library.chapter(id: question.id.chapterID) else { return nil }
        let rows = listRows
        guard listTop == 0 else { return nil }
        let laid = listLayout()
        guard laid.count == listEntries.count, let last = laid.last else { return nil }
        let top = rows.y + last.row + last.lines.count + 1
        let room = rows.maxY - top
        var entries: [Outline.Entry] = []
        var lines: [Int?] = []
        for (index, section) in question.sections.enumerated() where !section.title.isEmpty {
            entries.append(Outline.Entry(title: section.title, place: LibraryPlace(chapterID: chapter.id, part: .question(question.number, section: index))))
            lines.append(renderedAnswer.sectionStarts.indices.contains(index) ? renderedAnswer.sectionStarts[index].line : nil)
        }
        for (index, section) in chapter.appendix.enumerated() {
            entries.append(Outline.Entry(title: section.title, place: LibraryPlace(chapterID: chapter.id, part: .appendix(index))))
            lines.append(renderedAnswer.appendixStarts.indices.contains(index) ? renderedAnswer.appendixStarts[index] : nil)
        }
        guard !entries.isEmpty, room >= 1 + min(entries.count, 2) else { return nil }
        let jumped = navigation.lastJump.flatMap { jump in
            jump.scroll == answerScroll ? entries.firstIndex { $0.place == jump.place } : nil
        }
        let current = jumped ?? currentOutlineEntry(lines)
        let shown = min(entries.count, room - 1)
        let first = max(min((current ?? 0) - shown + 1, entries.count - shown), 0)
        return Outline(entries: entries, current: current, area: Rect(x: rows.x, y: top, width: rows.width, height: shown + 1),
                       first: first)
    }

    /// The last entry whose start is at or above the answer's top line (the first before any).
    private func currentOutlineEntry(_ lines: [Int?]) -> Int? {
        lines.lastIndex { $0.map { $0 <= answerScroll } ?? false } ?? (lines.isEmpty ? nil : 0)
    }
}
