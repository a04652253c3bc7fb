// nano's cut and paste of whole lines.

extension NoteEditor {
    /// Cuts the cursor's logical line with its line break (the last line: its text, and the
    /// break before it when the line is empty), as one undo step.
    mutating func cutLine() {
        let line = cursor.line
        let last = storage.count - 1
        let start: EditorPosition
        let end: EditorPosition
        if line < last {
            start = EditorPosition(line: line, grapheme: 0)
            end = EditorPosition(line: line + 1, grapheme: 0)
        } else if graphemeCount(line) > 0 || line == 0 {
            start = EditorPosition(line: line, grapheme: 0)
            end = EditorPosition(line: line, grapheme: graphemeCount(line))
        } else {
            start = EditorPosition(line: line - 1, grapheme: graphemeCount(line - 1))
            end = EditorPosition(line: line, grapheme: 0)
        }
        var cut = text(from: location(of: start), to: location(of: end))
        // A cut line pastes back as a line, even the last one.
        if !cut.isEmpty, !cut.hasSuffix("\n") { cut += "\n" }
        cutBuffer = isGatheringCuts ? cutBuffer + cut : cut
        isGatheringCuts = true
        guard start != end else { return }
        replace(from: start, to: end, with: "", kind: .single)
        cursor = EditorPosition(line: min(start.line, storage.count - 1), grapheme: 0)
    }
}
