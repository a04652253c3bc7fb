import Chapter
import Screen

extension CodeMeasure {
    /// What a chapter's code blocks need: the 95th-percentile and the widest non-empty
    /// line, plus the code pane's line-number gutter.
    public init(chapter: Chapter) {
        var widths = LineWidths()
        var longestBlock = 0
        for question in chapter.questions {
            for block in question.codeBlocks {
                var code = block.code
                longestBlock = max(longestBlock, code.withUTF8 { widths.add(linesOf: $0) })
            }
        }
        guard let widest = widths.widest else {
            self = .usual
            return
        }
        let gutter = String(longestBlock).count + 2
        let typical = widths.width(atRank: min(widths.count - 1, widths.count * 95 / 100))
        self.init(typical: typical + gutter, widest: min(widest, 120) + gutter)
    }
}

/// How many non-blank code lines have each width: a percentile is then one walk over the
/// widths, not a sort of every line (this runs over a whole chapter before the first frame).
private struct LineWidths {
    /// `lines[w]`: how many lines are `w` columns wide.
    private var lines: [Int] = []
    private(set) var count = 0

    var widest: Int? { count == 0 ? nil : lines.count - 1 }

    /// The width of the line at `rank` (0: the narrowest) were the lines sorted by width.
    func width(atRank rank: Int) -> Int {
        var seen = 0
        for (width, lines) in lines.enumerated() {
            seen += lines
            if seen > rank { return width }
        }
        return lines.count - 1
    }

    /// Adds the width of each non-blank line of UTF-8 code and returns how many lines it
    /// has. Code is mostly printable ASCII, one column a byte; the other lines are measured
    /// by graphemes.
    mutating func add(linesOf bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var lineCount = 0
        var start = 0
        var isBlank = true
        var isPlainASCII = true
        for end in 0...bytes.count {
            if end < bytes.count && bytes[end] != UInt8(ascii: "\n") {
                let byte = bytes[end]
                if byte != UInt8(ascii: " ") { isBlank = false }
                if byte < 0x20 || byte >= 0x7F { isPlainASCII = false }
                continue
            }
            lineCount += 1
            if !isBlank {
                add(width: isPlainASCII ? end - start
                    : displayWidth(of: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
            }
            start = end + 1
            isBlank = true
            isPlainASCII = true
        }
        return lineCount
    }

    private mutating func add(width: Int) {
        if width >= lines.count { lines.append(contentsOf: repeatElement(0, count: width + 1 - lines.count)) }
        lines[width] += 1
        count += 1
    }
}
