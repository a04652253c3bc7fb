import Screen

/// Study figures as terminal charts, in plain characters (they survive NO_COLOR and a
/// pipe): the command line prints these lines, and the browser can draw them.
public enum StudyCharts {
    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A column chart: each value a column `columnWidth` cells wide (a gap after it), drawn
    /// in eighth blocks over `height` rows, the largest value written at the top left;
    /// `labels` go on the row under it at their value's column.
    public static func columns(_ values: [Int], height: Int, columnWidth: Int = 1,
                               labels: [(index: Int, text: String)] = []) -> [String] {
        let height = max(height, 1)
        let largest = values.max() ?? 0
        let scale = String(largest)
        let margin = scale.count + 1
        // Eighths of the chart's height each column fills; anything above zero shows.
        let filled = values.map { value -> Int in
            guard largest > 0, value > 0 else { return 0 }
            return max(Int((Double(value) / Double(largest) * Double(height * 8)).rounded()), 1)
        }
        var lines: [String] = []
        for row in 0..<height {
            let floor = (height - 1 - row) * 8
            var line = row == 0 ? scale + " " : String(repeating: " ", count: margin)
            line += row == height - 1 && largest == 0 ? "" : "│"
            for eighthsFilled in filled {
                let level = min(max(eighthsFilled - floor, 0), 8)
                line += String(repeating: eighths[level], count: columnWidth) + " "
            }
            lines.append(trimmedRight(line))
        }
        let step = columnWidth + 1
        var axis = String(repeating: " ", count: margin) + "└" + String(repeating: "─", count: values.count * step)
        var labelLine = Array(repeating: Character(" "), count: margin + 1 + values.count * step + 12)
        var nextFree = 0
        for label in labels where values.indices.contains(label.index) {
            let start = margin + 1 + label.index * step
            guard start >= nextFree else { continue }  // labels never overlap
            for (offset, character) in label.text.enumerated() where start + offset < labelLine.count {
                labelLine[start + offset] = character
            }
            nextFree = start + label.text.count + 1
        }
        axis = trimmedRight(axis)
        lines.append(axis)
        lines.append(trimmedRight(String(labelLine)))
        return lines
    }

    /// One bar per row for shares between 0 and 1: `label  ██████████░░░░  87%  (23)`;
    /// a row without a share (nothing to measure) shows a dash.
    public static func shareBars(_ rows: [(label: String, share: Double?, count: Int)], width: Int) -> [String] {
        let labelWidth = rows.map { displayWidth(of: $0.label) }.max() ?? 0
        return rows.map { row in
            let label = row.label.padding(toWidth: labelWidth)
            guard let share = row.share else {
                return "\(label)  " + "—".padding(toWidth: width) + "        (\(row.count))"
            }
            let full = Int((min(max(share, 0), 1) * Double(width)).rounded())
            let bar = String(repeating: "█", count: full) + String(repeating: "░", count: width - full)
            let percent = "\(Int((share * 100).rounded()))%"
            return "\(label)  \(bar)  " + String(repeating: " ", count: max(4 - percent.count, 0)) + percent + "  (\(row.count))"
        }
    }

    static func trimmedRight(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
