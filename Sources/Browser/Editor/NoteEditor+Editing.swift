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
            let start = EditorPosition(line: cursor.line - 1, grapheme: graphemeCount(cursor.line - 1))
            replace(from: start, to: cursor, with: "", kind: .deletingBackward)
        }
    }

    mutating func deleteForward() {
        if cursor.grapheme < graphemeCount(cursor.line) {
            let end = EditorPosition(line: cursor.line, grapheme: cursor.grapheme + 1)
            replace(from: cursor, to: end, with: "", kind: .deletingForward)
        } else if cursor.line < storage.count - 1 {
            replace(from: cursor, to: EditorPosition(line: cursor.line + 1, grapheme: 0), with: "", kind: .deletingForward)
        }
    }

    mutating func undo() {
        guard let step = history.takeUndo() else { return }
        changeCount += 1
        for edit in step.edits.reversed() {
            _ = apply(from: edit.start, to: edit.insertedEnd, with: edit.removed)
        }
        cursor = step.cursorBefore
    }

    mutating func redo() {
        guard let step = history.takeRedo() else { return }
        changeCount += 1
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
        // A boundary before the edit survives it: the new cursor is counted from there.
        let boundary = storage[start.line].layout?.boundary(before: startLocation.offset) ?? (0, 0)
        let newEnd = apply(from: startLocation, to: endLocation, with: text)
        changeCount += 1
        let after = position(of: newEnd, from: newEnd.line == start.line ? boundary : (0, 0))
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
            .map { String(Substring($0)) }
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
        let line = storage[position.line]
        let offset = line.layout?.utf8Offset(ofGrapheme: position.grapheme, in: line.text)
            ?? LineText.utf8Offset(ofGrapheme: position.grapheme, in: line.text)
        return TextLocation(line: position.line, offset: offset)
    }

    /// The cursor position at a byte location, counting graphemes from a known boundary of its
    /// line (its start by default).
    func position(of location: TextLocation, from boundary: (grapheme: Int, utf8: Int) = (0, 0)) -> EditorPosition {
        let line = storage[location.line].text
        let rest = line[line.utf8.index(line.utf8.startIndex, offsetBy: boundary.utf8)...]
        let index = boundary.grapheme + LineText.graphemeIndex(atUTF8Offset: location.offset - boundary.utf8, in: rest)
        return EditorPosition(line: location.line, grapheme: index)
    }
}
