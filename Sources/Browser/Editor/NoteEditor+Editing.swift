// Changes to the text and their undo. Every change goes through `replace`, which records the
// inverse edit; undo and redo replay edits through `apply` without recording.

extension NoteEditor {
    mutating func insert(_ text: String) {
        let normalized = LineText.normalizedInsertion(text)
        guard !normalized.isEmpty else { return }
        let isOneCharacter = normalized.dropFirst().isEmpty && normalized != "\n"
        replace(from: cursor, to: cursor, with: normalized, kind: isOneCharacter ? .typing : .single)
    }

    mutating func deleteBackward() {
        if cursor.grapheme > 0 {
            let start = EditorPosition(line: cursor.line, grapheme: cursor.grapheme - 1)
            replace(from: start, to: cursor, with: "", kind: .deletingBackward)
        } else if cursor.line > 0 {
            let start = EditorPosition(line: cursor.line - 1, grapheme: storage[cursor.line - 1].text.count)
            replace(from: start, to: cursor, with: "", kind: .deletingBackward)
        }
    }

    mutating func deleteForward() {
        if cursor.grapheme < storage[cursor.line].text.count {
            let end = EditorPosition(line: cursor.line, grapheme: cursor.grapheme + 1)
            replace(from: cursor, to: end, with: "", kind: .deletingForward)
        } else if cursor.line < storage.count - 1 {
            replace(from: cursor, to: EditorPosition(line: cursor.line + 1, grapheme: 0), with: "", kind: .deletingForward)
        }
    }

    mutating func undo() {
        guard let step = history.takeUndo() else { return }
        for edit in step.edits.reversed() {
            _ = apply(from: edit.start, to: edit.insertedEnd, with: edit.removed)
        }
        cursor = step.cursorBefore
    }

    mutating func redo() {
        guard let step = history.takeRedo() else { return }
        for edit in step.edits {
            _ = apply(from: edit.start, to: edit.removedEnd, with: edit.inserted)
        }
        cursor = step.cursorAfter
    }

    /// Replaces the text between two positions (`text` already normalized), records the edit for
    /// undo and puts the cursor after the new text.
    mutating func replace(from start: EditorPosition, to end: EditorPosition, with text: String, kind: EditHistory.Kind) {
        let startLocation = location(of: start)
        let endLocation = location(of: end)
        let removed = self.text(from: startLocation, to: endLocation)
        let newEnd = apply(from: startLocation, to: endLocation, with: text)
        let after = position(of: newEnd)
        history.record(TextEdit(start: startLocation, removed: removed, inserted: text),
                       kind: kind, cursorBefore: cursor, cursorAfter: after)
        cursor = after
    }

    /// Replaces the bytes between two locations with `text`; returns where `text` ends.
    mutating func apply(from start: TextLocation, to end: TextLocation, with text: String) -> TextLocation {
        let prefix = LineText.prefix(of: storage[start.line].text, utf8Offset: start.offset)
        let suffix = LineText.suffix(of: storage[end.line].text, utf8Offset: end.offset)
        if !text.utf8.contains(0x0A) {
            let line = EditorLine(prefix + text + suffix)
            if start.line == end.line {
                storage[start.line] = line
            } else {
                storage.replaceSubrange(start.line...end.line, with: CollectionOfOne(line))
            }
            return TextLocation(line: start.line, offset: start.offset + text.utf8.count)
        }
        var pieces = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        let lastLength = pieces[pieces.count - 1].utf8.count
        pieces[0] = prefix + pieces[0]
        pieces[pieces.count - 1] += suffix
        storage.replaceSubrange(start.line...end.line, with: pieces.map(EditorLine.init))
        return TextLocation(line: start.line + pieces.count - 1, offset: lastLength)
    }

    /// The text between two locations, lines joined with "\n".
    func text(from start: TextLocation, to end: TextLocation) -> String {
        if start.line == end.line {
            let bytes = storage[start.line].text.utf8.dropFirst(start.offset).prefix(end.offset - start.offset)
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = LineText.suffix(of: storage[start.line].text, utf8Offset: start.offset)
        for line in (start.line + 1)..<end.line {
            result += "\n" + storage[line].text
        }
        result += "\n" + LineText.prefix(of: storage[end.line].text, utf8Offset: end.offset)
        return result
    }

    func location(of position: EditorPosition) -> TextLocation {
        TextLocation(line: position.line, offset: LineText.utf8Offset(ofGrapheme: position.grapheme, in: storage[position.line].text))
    }

    func position(of location: TextLocation) -> EditorPosition {
        EditorPosition(line: location.line, grapheme: LineText.graphemeIndex(atUTF8Offset: location.offset, in: storage[location.line].text))
    }
}
