import Chapter
import Screen

/// One entry of the list as drawn: its title wrapped onto as many rows as it may take.
struct ListEntryRows: Equatable {
    var index: Int
    /// The first screen row of the entry, counted from the list's first row.
    var row: Int
    var lines: [String]
}

extension AppState {
    /// How many rows a title may take: the selected one is shown whole (up to a screenful's
    /// share), the others take two rows before an ellipsis.
    static let titleRows = 2
    static let selectedTitleRows = 6

    /// The columns before a title: " 10✎" for a question, " 04/9✎" for a search result, and
    /// the study mark ("· ") once the review log is read.
    var listLabelWidth: Int {
        let mark = study.isLoaded ? 2 : 0
        guard let search, search.hits != nil else { return String(questions.count).count + 2 + mark }
        return search.hitLabelWidth + 2 + mark
    }

    /// The columns a title may take.
    var listTitleWidth: Int { max(listRows.width - listLabelWidth - 1, 1) }

    func titleRowLimit(of index: Int) -> Int {
        index == selectedRow ? Self.selectedTitleRows : Self.titleRows
    }

    /// The entries from `listTop` that fit the list's rows, each title wrapped.
    func listLayout() -> [ListEntryRows] {
        let rows = listRows
        let entries = listEntries
        let titleWidth = listTitleWidth
        var laid: [ListEntryRows] = []
        var row = 0
        var index = max(listTop, 0)
        while row < rows.height, entries.indices.contains(index) {
            let limit = titleRowLimit(of: index)
            let lines = listTitles.lines(of: entries[index], limit: limit, width: titleWidth)
                ?? Self.titleLines(library.question(entries[index])?.title ?? "", width: titleWidth, limit: limit)
            laid.append(ListEntryRows(index: index, row: row, lines: lines))
            row += lines.count
            index += 1
        }
        return laid
    }

    /// A title wrapped to `width`, at most `limit` rows, the last cut with an ellipsis.
    static func titleLines(_ title: String, width: Int, limit: Int) -> [String] {
        var lines = wrap(title, width: width)
        if lines.isEmpty { return [""] }
        if lines.count > limit {
            let rest = lines[(limit - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(limit - 1)) + [truncate(rest, toWidth: width)]
        }
        return lines
    }

    /// The entry drawn at a row of the list (0 = its first row), for clicks.
    func listEntry(atRow row: Int) -> Int? {
        listLayout().first { (row >= $0.row) && row < $0.row + $0.lines.count }?.index
    }

    /// Scrolls the list so the selected entry shows whole.
    mutating func keepSelectionInView() {
        let height = max(listRows.height, 1)
        if selectedRow < listTop { listTop = selectedRow }
        // Every entry takes a row at least: start no further up than that allows.
        listTop = max(listTop, selectedRow - height + 1)
        listTop = min(max(listTop, 0), max(listEntries.count - 1, 0))
        while listTop < selectedRow {
            guard let selected = listLayout().first(where: { $0.index == selectedRow }),
                  selected.row + selected.lines.count > height else {
                if listLayout().contains(where: { $0.index == selectedRow }) { break }
                listTop += 1
                continue
            }
            listTop += 1
        }
    }
}
