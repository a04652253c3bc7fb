import Chapter
import Hyphenation
import Screen

/// Draws a table with box-drawing characters, columns sized by the automatic table layout
/// browsers and w3m use, or, where the columns cannot be readable, as stacked records.
///
/// Each column has a min-content width (its longest word) and a max-content width (its
/// longest cell on one line). The room is the width less the borders and a space of padding
/// each side of every cell:
/// - If the max-content widths fit, every column gets its own.
/// - Else, if the min-content widths fit, every column gets its min-content and the room left
///   is shared in proportion to what each still lacks (max − min), so no word breaks.
/// - Else words must break: the room is shared so the narrowest columns get all they need
///   first (water-filling over min-content), and a word wider than its column breaks at a
///   hyphenation point (libhyphen, marked `-`) or after its own punctuation, and only where
///   none fits, between letters (marked `-` too).
/// - Stacked records instead (each row as "header: value" lines between rules) when that
///   grid would be unreadable: when the min-content widths exceed the room by more than half
///   of it (most long words would break), or when a column would get fewer than
///   `minimumColumn` cells though its words are longer.
struct TableRenderer {
    var theme: Theme
    var hyphenator: Hyphenator = .system
    var links: LinkCollector?

    /// Narrower than this, a column breaks its words every few letters.
    static let minimumColumn = 6

    enum Shape: Equatable {
        case grid(widths: [Int])
        case records
    }

    /// A cell's spans, and which of them are code.
    struct Cell {
        var spans: [Span]
        var codeSpans: [Int]
    }

    func render(_ table: Table, width: Int) -> [StyledLine] {
        let styling = InlineStyling(theme: theme, links: links)
        let columns = table.columnCount
        guard columns > 0 else { return [] }
        func cells(_ row: [[Inline]], base: Style) -> [Cell] {
            (0..<columns).map { column in
                let (spans, code) = styling.spansMarkingCode(column < row.count ? row[column] : [], base: base)
                return Cell(spans: spans, codeSpans: code)
            }
        }
        let header = cells(table.header, base: theme.style(.tableHeader))
        let rows = table.rows.map { cells($0, base: theme.style(.text)) }
        let all = [header] + rows
        var minContent = Array(repeating: 0, count: columns)
        var maxContent = Array(repeating: 0, count: columns)
        for row in all {
            for column in 0..<columns {
                let (word, line) = Self.contentWidths(row[column].spans)
                minContent[column] = max(minContent[column], word)
                maxContent[column] = max(maxContent[column], line)
            }
        }
        switch Self.shape(minContent: minContent, maxContent: maxContent, width: width) {
        case .grid(let widths):
            return grid(header: header, rows: rows, widths: widths, alignments: table.alignments)
        case .records:
            return records(header: header, rows: rows, width: width)
        }
    }

    /// The columns' widths for a table `width` wide, or `.records` (see the type's comment).
    static func shape(minContent: [Int], maxContent: [Int], width: Int) -> Shape {
        let columns = minContent.count
        let room = width - (columns + 1) - 2 * columns
        guard room >= columns else { return .records }
        let maxContent = zip(minContent, maxContent).map { max($0, $1, 1) }
        let minContent = minContent.map { max($0, 1) }
        let maxTotal = maxContent.reduce(0, +)
        let minTotal = minContent.reduce(0, +)
        if maxTotal <= room { return .grid(widths: maxContent) }
        if minTotal <= room {
            let lacking = zip(maxContent, minContent).map { $0 - $1 }
            let totalLacking = lacking.reduce(0, +)
            let spare = room - minTotal
            var widths = zip(minContent, lacking).map { $0 + $1 * spare / totalLacking }
            var left = room - widths.reduce(0, +)
            for column in widths.indices where left > 0 && widths[column] < maxContent[column] {
                widths[column] += 1
                left -= 1
            }
            return .grid(widths: widths)
        }
        if minTotal > room + room / 2 { return .records }
        let widths = waterFill(minContent, into: room)
        for column in widths.indices where widths[column] < min(minContent[column], minimumColumn) {
            return .records
        }
        return .grid(widths: widths)
    }

    /// `room` shared so that columns needing less than an equal share get what they need and
    /// the others split the rest equally.
    static func waterFill(_ needed: [Int], into room: Int) -> [Int] {
        var widths = Array(repeating: 0, count: needed.count)
        var open = Set(needed.indices)
        var left = room
        while !open.isEmpty {
            let share = max(left / open.count, 1)
            let fitting = open.filter { needed[$0] <= share }
            if fitting.isEmpty {
                // The columns that need the most get the columns that do not divide evenly.
                var extra = left - share * open.count
                for column in open.sorted(by: { (needed[$0], $1) > (needed[$1], $0) }) {
                    widths[column] = share + (extra > 0 ? 1 : 0)
                    extra -= 1
                }
                break
            }
            for column in fitting {
                widths[column] = needed[column]
                left -= needed[column]
                open.remove(column)
            }
        }
        return widths
    }

    /// The cell's widest word (what the wrapper cannot break between words: its min-content)
    /// and its widest line on one line (a `<br>` starts a new one: its max-content). Counted
    /// by scalars, which skips grapheme breaking: a cluster's marks are 0 wide, so only an
    /// emoji sequence is overcounted, and that only widens its column.
    static func contentWidths(_ spans: [Span]) -> (word: Int, line: Int) {
        var (word, line, widestWord, widestLine) = (0, 0, 0, 0)
        for span in spans {
            for scalar in span.text.unicodeScalars {
                switch scalar {
                case "\n":
                    (widestWord, widestLine) = (max(widestWord, word), max(widestLine, line))
                    (word, line) = (0, 0)
                case " ", "\t":
                    widestWord = max(widestWord, word)
                    word = 0
                    line += 1
                default:
                    let width = displayWidth(of: scalar)
                    word += width
                    line += width
                }
            }
        }
        return (max(widestWord, word), max(widestLine, line))
    }

    private func wrapped(_ cell: Cell, width: Int, continuationWidth: Int? = nil) -> [StyledLine] {
        let breaking = CellWordBreaking(hyphenator: hyphenator, codeSpans: cell.codeSpans)
        return wrap(cell.spans, firstLineWidth: width, continuationWidth: continuationWidth ?? width,
                    breakingWordsWith: breaking.breaks)
    }

    private func grid(header: [Cell], rows: [[Cell]], widths: [Int], alignments: [Table.Alignment]) -> [StyledLine] {
        let border = theme.style(.tableBorder)
        func rule(_ left: String, _ middle: String, _ right: String) -> StyledLine {
            [Span(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right, style: border)]
        }
        var lines: [StyledLine] = [rule("┌", "┬", "┐")]
        lines += rowLines(header, widths: widths, alignments: alignments)
        lines.append(rule("├", "┼", "┤"))
        for row in rows {
            lines += rowLines(row, widths: widths, alignments: alignments)
        }
        lines.append(rule("└", "┴", "┘"))
        return lines
    }

    private func rowLines(_ cells: [Cell], widths: [Int], alignments: [Table.Alignment]) -> [StyledLine] {
        let wrapped = cells.enumerated().map { column, cell in self.wrapped(cell, width: widths[column]) }
        let height = wrapped.map(\.count).max() ?? 1
        let border = Span("│", style: theme.style(.tableBorder))
        return (0..<height).map { lineIndex in
            var line: StyledLine = [border]
            for (column, cellLines) in wrapped.enumerated() {
                let content = lineIndex < cellLines.count ? cellLines[lineIndex] : []
                let missing = max(widths[column] - displayWidth(of: content), 0)
                let (before, after): (Int, Int)
                switch column < alignments.count ? alignments[column] : .none {
                case .right: (before, after) = (missing, 0)
                case .center: (before, after) = (missing / 2, missing - missing / 2)
                case .left, .none: (before, after) = (0, missing)
                }
                line.append(Span(" " + String(repeating: " ", count: before)))
                line += content
                line.append(Span(String(repeating: " ", count: after) + " "))
                line.append(border)
            }
            return line
        }
    }

    /// Each row as "header: value" lines (continuations indented), the rows between rules.
    private func records(header: [Cell], rows: [[Cell]], width: Int) -> [StyledLine] {
        // A table of a header alone is its one record, unlabelled.
        if rows.isEmpty { return records(header: header.map { _ in Cell(spans: [], codeSpans: []) }, rows: [header], width: width) }
        let rule: StyledLine = [Span(String(repeating: "─", count: max(width, 1)), style: theme.style(.tableBorder))]
        let hanging = width > 2 * Self.minimumColumn ? 2 : 0
        var lines: [StyledLine] = [rule]
        for row in rows {
            for (column, value) in row.enumerated() {
                let unlabelled = header[column].spans.allSatisfy { $0.text.isEmpty }
                if unlabelled && value.spans.isEmpty { continue }
                var field = value
                if !unlabelled {
                    let label = header[column].spans + [Span(":", style: theme.style(.tableHeader))]
                    let gap = value.spans.isEmpty ? [] : [Span(" ")]
                    field = Cell(spans: label + gap + value.spans,
                                 codeSpans: header[column].codeSpans + value.codeSpans.map { $0 + label.count + gap.count })
                }
                let wrappedField = wrapped(field, width: width, continuationWidth: width - hanging)
                let indent = Span(String(repeating: " ", count: hanging))
                lines += wrappedField.enumerated().map { $0 == 0 || hanging == 0 ? $1 : [indent] + $1 }
            }
            lines.append(rule)
        }
        return lines
    }
}
