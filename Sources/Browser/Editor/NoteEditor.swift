import Screen

/// The notes editor's model: the text, the cursor, the scroll position and the undo history, as
/// a value. `perform` applies one command; `visibleLines` and `cursorCell` say what to draw and
/// where the terminal cursor goes. Nothing here touches the terminal.
///
/// The text is an array of logical lines (without their "\n"), so a keystroke changes one line
/// and only the lines on screen are ever wrapped: the cost of a keystroke does not grow with
/// the note. Habits are nano's and micro's: no modes, Home/End by visual row then by line,
/// up/down by visual row with a goal column, Ctrl+Z/Ctrl+Y undo with typing grouped.
public struct NoteEditor: Sendable, Equatable {
    /// The logical lines with their cached layouts; never empty (an empty note is one empty line).
    var storage: [EditorLine]
    /// Where typing goes.
    public internal(set) var cursor: EditorPosition = .start
    /// The first visual row on screen; kept so that the cursor is always visible.
    public internal(set) var scrollTop: EditorRowPosition = .start
    /// The viewport of the last command or resize: what soft wrap and `cursorCell` use.
    public private(set) var viewport: EditorViewport
    /// The column (in cells) up/down and page moves aim for, kept across short rows.
    var goalColumn: Int?
    var history = EditHistory()

    /// An editor over `text`, the cursor at its start. The text is kept exactly as given
    /// (`text` gives it back byte for byte); only inserted text is normalized.
    public init(text: String = "", viewport: EditorViewport = EditorViewport(width: 80, height: 24)) {
        self.storage = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { EditorLine(String(decoding: $0, as: UTF8.self)) }
        self.viewport = viewport
        cacheVisibleLayouts()
    }

    /// The whole note: the lines joined with "\n". Costs a pass over the text: for saving, not
    /// for every keystroke.
    public var text: String { storage.lazy.map(\.text).joined(separator: "\n") }

    /// The logical lines (a copy of each: for tests and tools, not for every frame).
    public var lines: [String] { storage.map(\.text) }
    public var lineCount: Int { storage.count }
    public func line(_ index: Int) -> String { storage[index].text }

    public var isEmpty: Bool { storage.count == 1 && storage[0].text.isEmpty }
    public var canUndo: Bool { !history.undoSteps.isEmpty }
    public var canRedo: Bool { !history.redoSteps.isEmpty }

    /// Applies one command laid out in `layout` (the pane's text area), then scrolls so that the
    /// cursor stays visible.
    public mutating func perform(_ command: EditorCommand, layout: EditorViewport) {
        viewport = layout
        switch command {
        case .insert(let text): insert(text)
        case .newline: replace(from: cursor, to: cursor, with: "\n", kind: .single)
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .lineStart: moveToLineStart()
        case .lineEnd: moveToLineEnd()
        case .pageUp: movePage(by: -1)
        case .pageDown: movePage(by: 1)
        case .documentStart: cursor = .start
        case .documentEnd: cursor = EditorPosition(line: storage.count - 1, grapheme: storage[storage.count - 1].text.count)
        case .undo: undo()
        case .redo: redo()
        }
        switch command {
        case .up, .down, .pageUp, .pageDown: break
        default: goalColumn = nil
        }
        switch command {
        case .insert, .deleteBackward, .deleteForward: break
        default: history.closeGroup()
        }
        cacheLayout(of: cursor.line)
        scrollToCursor()
        cacheVisibleLayouts()
    }

    /// Takes a new pane size (a terminal resize) and scrolls the cursor back into view.
    public mutating func resize(to layout: EditorViewport) {
        viewport = layout
        scrollToCursor()
        cacheVisibleLayouts()
    }

    /// Ends the current undo group, so that the next keystroke starts a new step (for example
    /// after a pause in typing, which only the caller's clock knows about).
    public mutating func closeUndoGroup() {
        history.closeGroup()
    }
}
