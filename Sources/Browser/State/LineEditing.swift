/// A one-line text field with a cursor, edited with readline's keys: the search line.
/// The cursor is a UTF-8 offset that always falls between two characters.
public struct LineEditing: Sendable, Equatable {
    public private(set) var text = ""
    public private(set) var cursor = 0

    public init(text: String = "") {
        self.text = text
        self.cursor = text.utf8.count
    }

    private var cursorIndex: String.Index { text.utf8.index(text.startIndex, offsetBy: cursor) }

    /// The text before the cursor, for drawing it.
    public var beforeCursor: Substring { text[..<cursorIndex] }

    /// Applies an edit; returns true when the text changed (not just the cursor).
    @discardableResult
    public mutating func apply(_ edit: SearchEdit) -> Bool {
        let before = text
        let index = cursorIndex
        switch edit {
        case .insert(let typed):
            // One line: a pasted newline or tab separates words instead of joining them.
            let clean = String(typed.map { $0.isNewline || $0 == "\t" ? " " : $0 }.filter { !$0.isControlCharacter })
            text.insert(contentsOf: clean, at: index)
            cursor += clean.utf8.count
        case .deleteBackward:
            guard index > text.startIndex else { return false }
            let start = text.index(before: index)
            remove(start..<index)
        case .deleteForward:
            guard index < text.endIndex else { return false }
            text.removeSubrange(index..<text.index(after: index))
        case .deleteWord:
            remove(wordStart(before: index)..<index)
        case .clear:
            remove(text.startIndex..<index)
        case .left:
            if index > text.startIndex { moveCursor(to: text.index(before: index)) }
        case .right:
            if index < text.endIndex { moveCursor(to: text.index(after: index)) }
        case .wordLeft:
            moveCursor(to: wordStart(before: index))
        case .wordRight:
            moveCursor(to: wordEnd(after: index))
        case .lineStart:
            cursor = 0
        case .lineEnd:
            cursor = text.utf8.count
        }
        return text != before
    }

    private mutating func remove(_ range: Range<String.Index>) {
        let removed = text.utf8[range].count
        text.removeSubrange(range)
        cursor -= removed
    }

    private mutating func moveCursor(to index: String.Index) {
        cursor = text.utf8.distance(from: text.startIndex, to: index)
    }

    /// Back over spaces, then over the word before them (readline's Ctrl+W, Alt+B).
    private func wordStart(before index: String.Index) -> String.Index {
        var start = index
        while start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
        while start > text.startIndex, text[text.index(before: start)] != " " { start = text.index(before: start) }
        return start
    }

    /// Over spaces, then to the end of the next word (Alt+F).
    private func wordEnd(after index: String.Index) -> String.Index {
        var end = index
        while end < text.endIndex, text[end] == " " { end = text.index(after: end) }
        while end < text.endIndex, text[end] != " " { end = text.index(after: end) }
        return end
    }
}

extension Character {
    var isControlCharacter: Bool {
        unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
