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
                var code = block.code
                let lines = code.withUTF8 { bytes in measureLines(of: bytes, into: &widths) }
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

/// Appends the width of each non-blank line of UTF-8 code and returns how many lines it has.
/// Code is mostly printable ASCII, one column a byte; the other lines are measured by
/// graphemes. Bytes, not String slices: this runs over every block before the first frame.
private func measureLines(of bytes: UnsafeBufferPointer<UInt8>, into widths: inout [Int]) -> Int {
    var lines = 0
    var start = 0
    for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "\n") {
        lines += 1
        var isBlank = true
        var isPlainASCII = true
        for byte in bytes[start..<end] {
            if byte != UInt8(ascii: " ") { isBlank = false }
            if byte < 0x20 || byte >= 0x7F { isPlainASCII = false }
        }
        if !isBlank {
            widths.append(isPlainASCII ? end - start
                          : displayWidth(of: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
        }
        start = end + 1
    }
    return lines
}
