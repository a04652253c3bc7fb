import Screen
import Search

// Ctrl+W, nano's "Where Is": finding text in the note. Matching ignores case and reads ё as е,
// as the library's search does (CaseFolding maps scalar to scalar, so a match is a run of
// whole graphemes of the line).

/// Where the needle occurs: a logical line and the graphemes of it the match covers.
public struct EditorMatch: Hashable, Sendable {
    public var line: Int
    public var graphemes: Range<Int>

    public init(line: Int, graphemes: Range<Int>) {
        self.line = line
        self.graphemes = graphemes
    }

    public var start: EditorPosition { EditorPosition(line: line, grapheme: graphemes.lowerBound) }
}

/// A match on screen: the row of the viewport and the cells it covers there.
public struct EditorMatchCells: Hashable, Sendable {
    public var row: Int
    public var columns: Range<Int>
    /// The match the cursor is at (the one the last search went to).
    public var isCurrent: Bool
}

extension NoteEditor {
    /// The first match after `position`, going on from the note's start after its end (the
    /// match at `position` itself comes last); `wrapped` says the search went past the end.
    public func nextMatch(of needle: String, after position: EditorPosition) -> (match: EditorMatch, wrapped: Bool)? {
        let folded = Self.folded(needle)
        guard !folded.isEmpty else { return nil }
        let line = min(position.line, storage.count - 1)
        if let range = Self.occurrences(of: folded, in: storage[line].text).first(where: { $0.lowerBound > position.grapheme }) {
            return (EditorMatch(line: line, graphemes: range), false)
        }
        for offset in 1...storage.count {
            let index = (line + offset) % storage.count
            let ranges = Self.occurrences(of: folded, in: storage[index].text)
            let wrapped = line + offset >= storage.count
            // Back on the starting line: only what lies at or before the position is left.
            let candidates = index == line ? ranges.filter { $0.lowerBound <= position.grapheme } : ranges
            if let range = candidates.first { return (EditorMatch(line: index, graphemes: range), wrapped) }
        }
        return nil
    }

    /// Puts the cursor at `position` (a match's start) and scrolls it into view.
    public mutating func moveCursor(to position: EditorPosition, layout: EditorViewport) {
        viewport = layout
        let line = min(max(position.line, 0), storage.count - 1)
        cursor = EditorPosition(line: line, grapheme: min(max(position.grapheme, 0), graphemeCount(line)))
        finishCommand()
    }

    /// The matches on the rows on screen, in cells of the viewport; the one starting at the
    /// cursor is current. Only the lines on screen are searched, and of a long line only the
    /// part on screen (and a needle's length past it, for a match that runs off the screen).
    public func visibleMatches(of needle: String) -> [EditorMatchCells] {
        let folded = Self.folded(needle)
        guard !folded.isEmpty else { return [] }
        let rows = visibleLines(viewport: viewport)
        var result: [EditorMatchCells] = []
        var index = 0
        while index < rows.count {
            let line = rows[index].line
            var last = index
            while last + 1 < rows.count, rows[last + 1].line == line { last += 1 }
            let text = storage[line].text
            let first = rows[index].offset
            // The graphemes of the line from its first row on screen, a needle's length past the last.
            let start = text.utf8.index(text.startIndex, offsetBy: layout(of: line).utf8Offset(ofGrapheme: first, in: text))
            let shown = text[start...].prefix(rows[last].offset - first + rows[last].text.count + folded.count)
            let ranges = Self.occurrences(of: folded, in: shown).map { ($0.lowerBound + first)..<($0.upperBound + first) }
            for rowIndex in index...last {
                let row = rows[rowIndex]
                let rowEnd = row.offset + row.text.count
                var columns = [0]
                for character in row.text { columns.append(columns[columns.count - 1] + displayWidth(of: character)) }
                for range in ranges where range.lowerBound < rowEnd && range.upperBound > row.offset {
                    let start = max(range.lowerBound, row.offset) - row.offset
                    let end = min(range.upperBound, rowEnd) - row.offset
                    let isCurrent = cursor == EditorPosition(line: line, grapheme: range.lowerBound)
                    result.append(EditorMatchCells(row: rowIndex, columns: columns[start]..<columns[end], isCurrent: isCurrent))
                }
            }
            index = last + 1
        }
        return result
    }

    static func folded(_ text: String) -> [UInt32] {
        text.unicodeScalars.map { CaseFolding.fold($0.value) }
    }

    /// Where `needle` (folded) occurs in `line`, as grapheme ranges, left to right, not
    /// overlapping; a match must begin and end between graphemes.
    static func occurrences(of needle: [UInt32], in line: some StringProtocol) -> [Range<Int>] {
        guard let head = needle.first else { return [] }
        var scalars: [UInt32] = []
        // For each scalar offset, the grapheme starting there (-1 inside a grapheme).
        var graphemeAt: [Int] = []
        var grapheme = 0
        for character in line {
            for (index, scalar) in character.unicodeScalars.enumerated() {
                scalars.append(CaseFolding.fold(scalar.value))
                graphemeAt.append(index == 0 ? grapheme : -1)
            }
            grapheme += 1
        }
        graphemeAt.append(grapheme)
        var result: [Range<Int>] = []
        var offset = 0
        while offset + needle.count <= scalars.count {
            let end = offset + needle.count
            if scalars[offset] == head, graphemeAt[offset] >= 0, graphemeAt[end] >= 0,
               scalars[offset..<end].elementsEqual(needle) {
                result.append(graphemeAt[offset]..<graphemeAt[end])
                offset = end
            } else {
                offset += 1
            }
        }
        return result
    }
}
