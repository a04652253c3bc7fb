import Screen
import Testing
@testable import Browser

/// Long seeded runs of mixed commands: the editor's invariants hold after each, undoing
/// everything gives back the original text, and redoing everything the final one.
@Suite struct EditorFuzzTests {
    static let pieces = ["а", "б", " ", "ж", "x", "世", "😀", "\u{301}", "и\u{306}", "🇷🇺", ",", "\n", "слово ",
                         "две\nстроки", "\t", "e\u{301}\u{302}"]
    static let commands: [EditorCommand] = [
        .newline, .deleteBackward, .deleteForward, .left, .right, .up, .down, .wordLeft, .wordRight,
        .lineStart, .lineEnd, .pageUp, .pageDown, .documentStart, .documentEnd, .undo, .redo,
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func invariantsHoldAndUndoRestoresEverything(seed: UInt64) {
        var random = SplitMix64(seed: seed)  // the interview's seeded generator: a failure replays
        let original = "первая строка с переносом по ширине\n\nтретья 世界 строка\nконец"
        let width = [1, 3, 7, 12][Int(seed % 4)]
        var harness = EditorHarness(original, width: width, height: 5)
        for _ in 0..<400 {
            if Bool.random(using: &random) {
                harness.perform(.insert(Self.pieces.randomElement(using: &random)!))
            } else {
                harness.perform(Self.commands.randomElement(using: &random)!)
            }
            check(harness)
        }
        // The run may end among undos: the newest text is what redoing all of them gives.
        var newest = harness
        newest.perform(.redo, times: 1_000)
        let final = newest.text
        harness.perform(.undo, times: 1_000)
        #expect(harness.text == original)
        check(harness)
        harness.perform(.redo, times: 1_000)
        #expect(harness.text == final)
        check(harness)
    }

    private func check(_ harness: EditorHarness, sourceLocation: SourceLocation = #_sourceLocation) {
        let editor = harness.editor
        let lines = editor.lines
        #expect(lines == harness.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                sourceLocation: sourceLocation)
        #expect(lines.indices.contains(editor.cursor.line), sourceLocation: sourceLocation)
        guard lines.indices.contains(editor.cursor.line) else { return }
        #expect((0...lines[editor.cursor.line].count).contains(editor.cursor.grapheme), sourceLocation: sourceLocation)
        let rows = editor.visibleLines(viewport: harness.viewport)
        let cell = editor.cursorCell
        #expect(rows.indices.contains(cell.y), sourceLocation: sourceLocation)
        guard rows.indices.contains(cell.y) else { return }
        let row = rows[cell.y]
        #expect(row.line == editor.cursor.line, sourceLocation: sourceLocation)
        #expect(row.offset <= editor.cursor.grapheme, sourceLocation: sourceLocation)
        let before = row.text.prefix(max(0, editor.cursor.grapheme - row.offset))
        #expect(min(displayWidth(of: before), harness.viewport.width - 1) == cell.x, sourceLocation: sourceLocation)
        // Every row fits the pane, but a single character wider than it.
        for row in rows where row.text.count > 1 {
            #expect(displayWidth(of: row.text) <= harness.viewport.width, sourceLocation: sourceLocation)
        }
    }
}
