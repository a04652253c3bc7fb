import Chapter
import Screen
import Search

/// The questions of the current chapter, or the search's results in rank order with
/// the matched words of their titles highlighted; the selection highlighted.
enum ListView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        PaneTitle.render(title(state), detail: detail(state), focused: state.focus == .list, area: area, theme: theme, into: &buffer)
        if let search = state.search {
            SearchLine.render(search, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), theme: theme, into: &buffer)
        }
        let rows = state.listRows
        let entries = state.listEntries
        let hits = state.search?.hits
        if let hits, hits.isEmpty, state.search?.results != nil, rows.height > 0 {
            buffer.put(" Ничего не нашлось", at: rows.origin, style: theme.style(.dim), clip: rows)
        }
        let labelWidth = state.listLabelWidth
        for entry in state.listLayout() {
            let index = entry.index
            guard let question = state.library.question(entries[index]) else { break }
            let area = Rect(x: rows.x, y: rows.y + entry.row, width: rows.width, height: min(entry.lines.count, rows.maxY - rows.y - entry.row))
            let label = hits == nil ? String(question.number) : shortName(question.id, in: state)
            let first = Rect(x: area.x, y: area.y, width: area.width, height: 1)
            // A bookmark's mark takes the space before the number: the columns stay as they are.
            let mark = state.navigation.isMarked(question.key) ? "⚑" : " "
            var position = buffer.put(mark + label.leftPadded(toWidth: labelWidth - 2 - (state.study.isLoaded ? 2 : 0)), at: first.origin, style: theme.style(.listNumber), clip: first)
            // A mark on questions the reader has annotated.
            // In results, a mark in the match style says the reader's note matched.
            let noteMatched = hits?[index].matchedNote == true
            position = buffer.put(state.notes.hasNote(question.id) ? "✎" : " ", at: position,
                                  style: theme.style(noteMatched ? .searchMatch : .noteMark), clip: first)
            if state.study.isLoaded {
                let bucket = state.study.bucket(of: question.id, at: state.wallNow)
                position = buffer.put(ProgressMark.glyph(bucket), at: position, style: theme.style(ProgressMark.role(bucket)), clip: first)
                position = buffer.put(" ", at: position, style: theme.style(.text), clip: first)
            }
            let titleStart = position.x
            for (offset, line) in entry.lines.enumerated() where offset < area.height {
                let row = Rect(x: titleStart, y: area.y + offset, width: max(area.maxX - titleStart - 1, 0), height: 1)
                buffer.put(line, at: row.origin, style: theme.style(.text), clip: row)
            }
            if index == state.selectedRow {
                buffer.patchStyle(theme.style(state.focus == .list ? .listSelected : .listSelectedUnfocused), in: area)
            }
            // Matches are laid over the selection so they show on the selected row too
            // (on the title's first row, where the ranges of a wrapped title start).
            if let hit = hits?[index], let results = state.search?.results, let line = entry.lines.first {
                let shown = singleColumnLength(of: line) ?? line.count
                let ranges = results.titleRanges(of: hit).filter { $0.upperBound <= shown }
                MatchHighlight.patch(ranges, in: question.title, at: Point(x: titleStart, y: area.y),
                                     clip: Rect(x: titleStart, y: area.y, width: max(area.maxX - titleStart - 1, 0), height: 1),
                                     theme: theme, into: &buffer)
            }
        }
        if let outline = state.outline {
            OutlineView.render(outline, theme: theme, into: &buffer)
        }
    }

    /// "04/9" for a result: the chapter's number when it has one, else its id.
    static func shortName(_ id: QuestionID, in state: AppState) -> String {
        let chapter = state.library.chapter(id: id.chapterID)?.number.map { String(format2: $0) } ?? id.chapterID
        return "\(chapter)/\(id.number)"
    }

    static func title(_ state: AppState) -> String {
        if state.search != nil { return "Поиск" }
        guard let chapter = state.chapter else { return "Нет глав" }
        return (chapter.number.map { String(format2: $0) + ". " } ?? "") + chapter.title
    }

    static func detail(_ state: AppState) -> String {
        guard let search = state.search else { return ProgressMark.summary(of: state.questions, in: state) ?? "" }
        // Until every chapter is read, results would miss most of the library: say how far it is.
        if let progress = state.libraryProgress, !search.text.isEmpty {
            return "индексирую \(progress.loaded)/\(progress.total)"
        }
        guard !search.text.isEmpty else { return "" }
        // No results yet: the index is still being built (or mapped), or the query still runs;
        // the list below is not an answer to it.
        guard let results = search.results else { return "ищу…" }
        return "\(results.totalCount)"
    }
}

/// The search line: the query and, while editing, where the cursor is.
enum SearchLine {
    static func render(_ search: SearchState, area: Rect, theme: Theme, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let end = buffer.put(" /", at: area.origin, style: theme.style(.helpKey), clip: area)
        buffer.put(String(visibleQuery(search, width: area.width - 3).text), at: end, style: theme.style(.searchInput), clip: area)
        if search.isEditing { buffer.patchStyle(Style(attributes: .underline), in: area) }
    }

    static func visibleQuery(_ search: SearchState, width: Int) -> (text: Substring, cursor: Int) {
        visiblePart(of: search.line, width: width)
    }

    /// The part of a line being typed that fits `width` and holds the cursor, and the cursor's
    /// column in it: the start of the text, or the stretch that ends at the cursor (the find
    /// prompt of the note editor shows its needle the same way).
    static func visiblePart(of line: LineEditing, width: Int) -> (text: Substring, cursor: Int) {
        let text = line.text
        let before = line.beforeCursor
        let width = max(width, 0)
        var start = before.endIndex
        var used = 0
        // Measured once, back from the cursor: a long query costs its visible part only.
        while start > text.startIndex {
            let previous = text.index(before: start)
            let next = used + displayWidth(of: text[previous])
            if next > width { break }
            used = next
            start = previous
        }
        var end = before.endIndex
        var total = used
        while end < text.endIndex {
            let next = total + displayWidth(of: text[end])
            if next > width { break }
            total = next
            end = text.index(after: end)
        }
        return (text[start..<end], used)
    }

    /// Where the terminal cursor goes while the reader types a query.
    static func cursor(_ state: AppState) -> Point? {
        guard let search = state.search, search.isEditing, state.overlay == nil else { return nil }
        let list = state.layout.list
        guard list.height > 1 else { return nil }
        let x = list.x + 2 + visibleQuery(search, width: list.width - 3).cursor
        return Point(x: min(x, list.maxX - 1), y: list.y + 1)
    }
}

/// Lays the search-match style over matched words already drawn.
enum MatchHighlight {
    /// `ranges` are Character offsets into `text`, drawn from `origin`.
    static func patch(_ ranges: [Range<Int>], in text: String, at origin: Point, clip: Rect, theme: Theme,
                      isCurrent: Bool = false, into buffer: inout Buffer) {
        guard !ranges.isEmpty else { return }
        let style = theme.style(isCurrent ? .searchMatchCurrent : .searchMatch)
        // Most titles and lines: a Character is a column, no widths to add up.
        if let length = singleColumnLength(of: text) {
            for range in ranges where range.lowerBound < length {
                let rect = Rect(x: origin.x + range.lowerBound, y: origin.y, width: min(range.upperBound, length) - range.lowerBound, height: 1)
                buffer.patchStyle(style, in: rect.intersection(clip))
            }
            return
        }
        let characters = Array(text)
        var columns = [0]
        columns.reserveCapacity(characters.count + 1)
        for character in characters { columns.append(columns.last! + displayWidth(of: character)) }
        for range in ranges where range.lowerBound < characters.count {
            let upper = min(range.upperBound, characters.count)
            let rect = Rect(x: origin.x + columns[range.lowerBound], y: origin.y, width: columns[upper] - columns[range.lowerBound], height: 1)
            buffer.patchStyle(style, in: rect.intersection(clip))
        }
    }

    /// The search's matches in a line of the answer or the code (found by `update` for the
    /// lines in view).
    static func patch(matchesOf state: AppState, answerLine: Int? = nil, codeLine: Int? = nil, line: StyledLine,
                      at origin: Point, clip: Rect, isCurrent: Bool = false, into buffer: inout Buffer) {
        guard let highlighter = state.search?.highlighter else { return }
        let found = state.foundMatchRanges(inAnswerLine: answerLine, codeLine: codeLine)
        if found?.isEmpty == true { return }  // most lines: no text to put together
        let text = text(of: line)
        patch(found ?? highlighter.ranges(in: text), in: text, at: origin, clip: clip, theme: state.theme, isCurrent: isCurrent,
              into: &buffer)
    }

    static func text(of line: StyledLine) -> String {
        line.map(\.text).joined()
    }
}

extension String {
    /// A chapter number as the content writes it: "04".
    init(format2 number: Int) {
        self = number < 10 && number >= 0 ? "0\(number)" : String(number)
    }

    func leftPadded(toWidth width: Int) -> String {
        let missing = width - count
        return missing > 0 ? String(repeating: " ", count: missing) + self : self
    }
}
