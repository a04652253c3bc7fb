import Screen

/// How wide a chapter's code is: how many of its non-blank code lines take each width in
/// cells, and how many lines its longest block has. The layout sizes the code pane from it.
///
/// Kept with the chapter (and in its cache entry) because measuring reads every question's
/// code: a search preview goes from chapter to chapter at every key, and a cached chapter's
/// bodies are not even decoded until shown. Widths are cells as the screen draws them
/// (Screen's `displayWidth`), so the pane's measure agrees with what it shows.
public struct CodeLineWidths: Sendable, Equatable {
    /// Lines wider than this count as this wide: no pane is wider, and a minified line of
    /// a megabyte must not make an array as long.
    public static let widestCounted = 1000

    /// `lineCounts[w]`: how many non-blank lines are `w` cells wide; empty when there is no code.
    public private(set) var lineCounts: [Int]
    /// The line count of the longest block, its last newline's empty line included.
    public private(set) var longestBlock: Int
    /// How many non-blank lines there are.
    public private(set) var count: Int

    /// The widths as a cache entry stored them; nil when they could not have been counted
    /// (a negative count, or more widths than are counted).
    public init?(lineCounts: [Int], longestBlock: Int) {
        guard lineCounts.count <= Self.widestCounted + 1, longestBlock >= 0,
              lineCounts.allSatisfy({ $0 >= 0 }), lineCounts.last.map({ $0 > 0 }) ?? true else { return nil }
        self.lineCounts = lineCounts
        self.longestBlock = longestBlock
        count = lineCounts.reduce(0, &+)
    }

    /// Measures the code blocks of the questions.
    public init(questions: [Question]) {
        lineCounts = []
        longestBlock = 0
        count = 0
        for question in questions {
            for block in question.codeBlocks {
                var code = block.code
                longestBlock = max(longestBlock, code.withUTF8 { add(linesOf: $0) })
            }
        }
    }

    /// The widest line's width; nil when there is no code.
    public var widest: Int? { count == 0 ? nil : lineCounts.count - 1 }

    /// The width of the line at `rank` (0: the narrowest) were the lines sorted by width.
    public func width(atRank rank: Int) -> Int {
        var seen = 0
        for (width, lines) in lineCounts.enumerated() {
            seen += lines
            if seen > rank { return width }
        }
        return max(lineCounts.count - 1, 0)
    }

    /// Adds the width of each non-blank line of UTF-8 code and returns how many lines it
    /// has. Code is mostly printable ASCII, one column a byte; the other lines are measured
    /// by graphemes.
    private mutating func add(linesOf bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
        let width = min(width, Self.widestCounted)
        if width >= lineCounts.count { lineCounts.append(contentsOf: repeatElement(0, count: width + 1 - lineCounts.count)) }
        lineCounts[width] += 1
        count += 1
    }
}
