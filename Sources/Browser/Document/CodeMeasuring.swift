import Chapter
import Screen

extension CodeMeasure {
    /// What a chapter's code blocks need: the 95th-percentile and the widest non-empty
    /// line, plus the code pane's line-number gutter.
    public init(chapter: Chapter) {
        var widths: [Int] = []
        var longestBlock = 0
        for question in chapter.questions {
            for block in question.codeBlocks {
                var lines = 0
                for line in block.code.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    lines += 1
                    guard line.contains(where: { $0 != UInt8(ascii: " ") }) else { continue }
                    // Code is mostly printable ASCII, one column a byte; the rest is measured
                    // by graphemes (this runs over every block before the first frame).
                    let isPlainASCII = line.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
                    widths.append(isPlainASCII ? line.count : displayWidth(of: String(decoding: line, as: UTF8.self)))
                }
                longestBlock = max(longestBlock, lines)
            }
        }
        guard !widths.isEmpty else {
            self = .usual
            return
        }
        widths.sort()
        let gutter = String(longestBlock).count + 2
        let typical = widths[min(widths.count - 1, widths.count * 95 / 100)]
        self.init(typical: typical + gutter, widest: min(widths[widths.count - 1], 120) + gutter)
    }
}
