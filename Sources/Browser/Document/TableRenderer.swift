import Chapter
import Screen

/// Draws a table with box-drawing characters, columns sized by display width and
/// fitted to the room there is: cells wrap when the natural widths do not fit.
struct TableRenderer {
    var theme: Theme
    var links: LinkCollector?

    func render(_ table: Table, width: Int) -> [StyledLine] {
        let styling = InlineStyling(theme: theme, links: links)
        let columns = table.columnCount
        guard columns > 0 else { return [] }
        let header = table.header.map { styling.spans($0, base: theme.style(.tableHeader)) }
        let rows = table.rows.map { $0.map { styling.spans($0, base: theme.style(.text)) } }
        // Borders: one more than the columns, plus a space of padding each side of every cell.
        let room = width - (columns + 1) - 2 * columns
        guard room >= columns else { return renderAsList(header: header, rows: rows, width: width) }

        let natural = (0..<columns).map { column in
            ([header] + rows).map { displayWidth(of: $0[column]) }.max() ?? 0
        }
        let longestWords = (0..<columns).map { column in
            ([header] + rows).map { TableRenderer.longestWord($0[column]) }.max() ?? 0
        }
        let widths = TableRenderer.fit(natural, longestWords: longestWords, into: room)
        let border = theme.style(.tableBorder)
        func rule(_ left: String, _ middle: String, _ right: String) -> StyledLine {
            [Span(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right, style: border)]
        }
        var lines: [StyledLine] = [rule("┌", "┬", "┐")]
        lines += rowLines(header, widths: widths, alignments: table.alignments)
        lines.append(rule("├", "┼", "┤"))
        for row in rows {
            lines += rowLines(row, widths: widths, alignments: table.alignments)
        }
        lines.append(rule("└", "┴", "┘"))
        return lines
    }

    /// Column widths that sum to at most `room`. Columns keep their natural width when all
    /// fit; otherwise each gets at least its longest word (so cells wrap between words) and
    /// the room left is shared in proportion to what each still lacks. When even the words
    /// do not fit, the room is shared equally (water-filling) and long words break.
    static func fit(_ natural: [Int], longestWords: [Int], into room: Int) -> [Int] {
        let natural = natural.map { max($0, 1) }
        if natural.reduce(0, +) <= room { return natural }
        let minimum = zip(natural, longestWords).map { min(max($1, 1), $0) }
        let minimumTotal = minimum.reduce(0, +)
        guard minimumTotal <= room else { return waterFill(natural, into: room) }
        let lacking = zip(natural, minimum).map { $0 - $1 }
        let totalLacking = max(lacking.reduce(0, +), 1)
        let spare = room - minimumTotal
        var widths = zip(minimum, lacking).map { $0 + $1 * spare / totalLacking }
        var left = room - widths.reduce(0, +)
        for column in widths.indices where left > 0 && widths[column] < natural[column] {
            widths[column] += 1
            left -= 1
        }
        return widths
    }

    static func waterFill(_ natural: [Int], into room: Int) -> [Int] {
        var widths = Array(repeating: 0, count: natural.count)
        var open = Set(natural.indices)
        var left = room
        while !open.isEmpty {
            let share = max(left / open.count, 1)
            let fitting = open.filter { natural[$0] <= share }
            if fitting.isEmpty {
                var extra = left - share * open.count
                for column in open.sorted() {
                    widths[column] = share + (extra > 0 ? 1 : 0)
                    extra -= 1
                }
                break
            }
            for column in fitting {
                widths[column] = natural[column]
                left -= natural[column]
                open.remove(column)
            }
        }
        return widths
    }

    static func longestWord(_ spans: [Span]) -> Int {
        spans.map(\.text).joined().split(whereSeparator: { $0 == " " || $0 == "\n" })
            .map { displayWidth(of: $0) }.max() ?? 0
    }

    private func rowLines(_ cells: [[Span]], widths: [Int], alignments: [Table.Alignment]) -> [StyledLine] {
        let wrapped = cells.enumerated().map { column, spans in wrap(spans, width: widths[column]) }
        let height = wrapped.map(\.count).max() ?? 1
        let border = Span("│", style: theme.style(.tableBorder))
        return (0..<height).map { lineIndex in
            var line: StyledLine = [border]
            for (column, cellLines) in wrapped.enumerated() {
                let content = lineIndex < cellLines.count ? cellLines[lineIndex] : []
                let missing = max(widths[column] - displayWidth(of: content), 0)
                let (before, after): (Int, Int)
                switch alignments[column] {
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

    /// Too narrow for a grid: each row as "header: value" lines.
    private func renderAsList(header: [[Span]], rows: [[[Span]]], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                let label = header[column] + [Span(": ", style: theme.style(.tableHeader))]
                lines += wrap(label + cell, width: width)
            }
            lines.append([Span(String(repeating: "─", count: min(width, 3)), style: theme.style(.tableBorder))])
        }
        return lines
    }
}
