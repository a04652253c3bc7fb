import Foundation
import Chapter
import Hyphenation
import Screen
@testable import Browser

/// Grid tables read back from rendered text, and the check that every word a column could
/// not hold broke only where it may: at a hyphenation point (marked `-`), after its own
/// punctuation (no mark), or, when no such place fitted the column, hard (marked `-`).
struct RenderedGrid {
    /// The text width of each column (its cells' room between the padding).
    var widths: [Int]
    /// For each column, the text of its cell on every rendered line, the header's first;
    /// nil marks the rule between header and body.
    var columns: [[String?]]

    /// Every grid table in `lines` (rendered text, one string a line).
    static func all(in lines: [String]) -> [RenderedGrid] {
        var grids: [RenderedGrid] = []
        var index = 0
        while index < lines.count {
            let line = Array(lines[index])
            guard let left = line.firstIndex(of: "┌") else { index += 1; continue }
            let top = String(line[left...])
            let widths = top.dropFirst().dropLast().split(separator: "┬").map { $0.count - 2 }
            var columns = Array(repeating: [String?](), count: widths.count)
            index += 1
            while index < lines.count {
                let row = Array(lines[index])
                index += 1
                guard row.count > left else { break }
                let rest = String(row[left...])
                if rest.hasPrefix("└") { break }
                if rest.hasPrefix("├") {
                    for column in columns.indices { columns[column].append(nil) }
                    continue
                }
                let cells = rest.dropFirst().split(separator: "│", omittingEmptySubsequences: false).prefix(widths.count)
                for (column, cell) in cells.enumerated() {
                    columns[column].append(cell.trimmingCharacters(in: .whitespaces))
                }
            }
            grids.append(RenderedGrid(widths: widths, columns: columns))
        }
        return grids
    }
}

/// What a broken word check found: every break, and what is wrong.
typealias Break = BreakReport.Break

struct BreakReport {
    struct Break: Equatable {
        var word: String
        /// Characters of the word before the break.
        var offset: Int
        var marked: Bool
        var hard: Bool
    }

    var breaks: [Break] = []
    var problems: [String] = []
}

enum BreakCheck {
    /// Reads every column of `grid` back into words and checks each break against `words`
    /// (the words the column's cells hold; `code` are those of code spans, which are never
    /// hyphenated) and the hyphenator's points.
    static func check(_ grid: RenderedGrid, words columnWords: [Set<String>], code: Set<String>,
                      hyphenator: Hyphenator = .system) -> BreakReport {
        var report = BreakReport()
        for (column, cellLines) in grid.columns.enumerated() {
            let words = columnWords[column]
            // Candidates for the word being read: the text so far, with the start of its last piece.
            var partial: [(text: String, pieceStart: Int)] = []
            for line in cellLines {
                guard let line else { partial = []; continue }
                let tokens = line.split(separator: " ").map(String.init)
                guard !tokens.isEmpty else { continue }
                // The first token goes on with the last line's piece, or (when that piece
                // was a whole word too) stands alone.
                let continued: [(text: String, pieceStart: Int)] = partial.map { ($0.text + tokens[0], $0.text.count) }
                partial = []
                for (position, token) in tokens.enumerated() {
                    let options: [(text: String, pieceStart: Int)] = position == 0 ? continued + [(token, 0)] : [(token, 0)]
                    let isWord = options.contains { words.contains($0.text) }
                    guard position == tokens.count - 1 else {
                        if !isWord { report.problems.append("column \(column + 1): a piece mid-line: «\(token)» in «\(line)»") }
                        continue
                    }
                    for option in options {
                        let text = option.text
                        // A marked break: the piece ends in the mark, the word goes on.
                        if text.hasSuffix("-") {
                            let stem = String(text.dropLast())
                            // The break must be right for one of the words it may belong to.
                            var explained: Break?
                            var objections: [String] = []
                            for word in words where word.hasPrefix(stem) && word.count > stem.count {
                                let hyphenPoints = allowedPoints(in: word, isCode: code.contains(word), hyphenator: hyphenator)
                                if hyphenPoints.contains(stem.count) {
                                    explained = explained ?? Break(word: word, offset: stem.count, marked: true, hard: false)
                                } else if let fitting = fittingPlace(in: word, from: option.pieceStart, width: grid.widths[column],
                                                                     hyphenPoints: hyphenPoints) {
                                    objections.append("«\(word)» broken hard after \(stem.count) though \(fitting) fits")
                                } else {
                                    explained = explained ?? Break(word: word, offset: stem.count, marked: true, hard: true)
                                }
                            }
                            if let explained {
                                if !isWord { report.breaks.append(explained) }
                                partial.append((stem, option.pieceStart))
                            } else if !objections.isEmpty {
                                if !isWord { report.problems.append("column \(column + 1): " + objections.joined(separator: "; ")) }
                                partial.append((stem, option.pieceStart))
                            }
                        }
                        // An unmarked break: after the word's own punctuation.
                        for word in words where word.hasPrefix(text) && word.count > text.count {
                            let next = word[word.index(word.startIndex, offsetBy: text.count)]
                            if CellWordBreaking.breaksAfter.contains(String(text.last!)) || CellWordBreaking.breaksBefore.contains(String(next)) {
                                if !isWord { report.breaks.append(.init(word: word, offset: text.count, marked: false, hard: false)) }
                                partial.append((text, option.pieceStart))
                            }
                        }
                    }
                    if !isWord && partial.isEmpty {
                        report.problems.append("column \(column + 1): «\(token)» is cut without a mark in «\(line)»")
                    }
                }
            }
        }
        return report
    }

    /// Where a break marked `-` may go: hyphenation points (never in code) and camel case.
    static func allowedPoints(in word: String, isCode: Bool, hyphenator: Hyphenator = .system) -> [Int] {
        let camelCase = CellWordBreaking.camelCaseBreaks(in: word.map(String.init))
        return (isCode ? [] : hyphenator.breakPoints(in: word)) + camelCase
    }

    /// A place after `start` where the wrapper could have broken `word` in a column `width`
    /// wide: a hyphenation point with room for its mark, or a punctuation break.
    static func fittingPlace(in word: String, from start: Int, width: Int, hyphenPoints: [Int]) -> Int? {
        let characters = Array(word)
        func widthOf(_ end: Int) -> Int { displayWidth(of: String(characters[start..<end])) }
        for point in hyphenPoints where point > start && widthOf(point) + 1 <= width { return point }
        for offset in (start + 1)..<characters.count where widthOf(offset) <= width && offset >= 2 && characters.count - offset >= 2 {
            if CellWordBreaking.breaksAfter.contains(String(characters[offset - 1]))
                || CellWordBreaking.breaksBefore.contains(String(characters[offset])) {
                return offset
            }
        }
        return nil
    }

    /// The words of each column of a table, and those of its code spans.
    static func words(of table: Table) -> (words: [Set<String>], code: Set<String>) {
        func split(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
        var words = Array(repeating: Set<String>(), count: table.columnCount)
        var code: Set<String> = []
        for row in [table.header] + table.rows {
            for (column, cell) in row.enumerated() where column < words.count {
                // A word may run across spans (`**bold**,`): the whole cell's words.
                words[column].formUnion(split(cell.plainText))
                for case .code(let text) in cell { code.formUnion(split(text)) }
            }
        }
        return (words, code)
    }
}

extension Question {
    /// Every table of the question, in order.
    var tables: [Table] {
        func tables(in blocks: [Block]) -> [Table] {
            blocks.flatMap { block -> [Table] in
                switch block.content {
                case .table(let table): [table]
                case .quote(let children), .details(_, let children): tables(in: children)
                case .list(let list): list.items.flatMap { tables(in: $0) }
                default: []
                }
            }
        }
        return sections.flatMap { tables(in: $0.blocks) }
    }
}
