import Screen

/// The notes editor's model: the text, the cursor, the scroll position and the undo history, as
/// a value. `perform` applies one command; `visibleLines` and `cursorCell` say what to draw and
/// where the terminal cursor goes. Nothing here touches the terminal.
///
/// The text is an array of logical lines (without their "\n"), so a keystroke changes one line
/// and only the lines on screen are ever wrapped (their layouts are kept until they change): the
/// cost of a keystroke does not grow with the note. Lines are kept in chunks, so a copy of the
/// editor held elsewhere (an old state) costs the next edit one chunk, not the whole note.
///
/// Habits, after nano and micro (no modes):
/// - left/right move by grapheme (an emoji family, a flag, a letter with its combining marks)
///   and cross line ends; up/down move by visual (soft-wrapped) row, aiming at the column in
///   cells where the vertical moves began; on the first or last row they stay;
/// - Ctrl+Left goes to the start of this or the previous word, Ctrl+Right to the end of this
///   or the next (micro); words are letters of any script, digits and "_"; at a line's edge
///   they step to the neighbouring line;
/// - Home goes to the start of the visual row, pressed again to the start of the line; End to
///   the end of the visual row (before its last character when the line goes on below, so the
///   cursor stays on the row), pressed again to the end of the line (nano);
/// - PgUp/PgDn move the cursor and the view by the height less one row;
/// - soft wrap breaks after spaces, or between characters in a word wider than the pane; a full
///   last row gets an empty row after it for the cursor (nano);
/// - typing (one character at a time) undoes as one step until any other command; consecutive
///   Backspaces, or Deletes, too; a paste, Enter or `replaceAll` is a step of its own; undo puts
///   the cursor back where the step began, redo where it ended; a new edit clears redo;
/// - inserted text: "\r\n", "\r", U+2028 and U+2029 become line breaks, a tab four spaces,
///   other control characters are dropped; text given to `init` is kept byte for byte (a tab
///   or a "\r" in it shows as ␉ or ␍, one cell).
public struct NoteEditor: Sendable, Equatable {
    /// The logical lines with their cached layouts; never empty (an empty note is one empty line).
    var storage: LineStore
    /// Where typing goes.
    public internal(set) var cursor: EditorPosition = .start
    /// The first visual row on screen; kept so that the cursor is always visible.
    public internal(set) var scrollTop: EditorRowPosition = .start
    /// The viewport of the last command or resize: what soft wrap and `cursorCell` use.
    public internal(set) var viewport: EditorViewport
    /// Counts changes to the text (one per edit, undo or redo): a caller that saves remembers
    /// the count it saved at, and knows the note is unsaved while it differs, without comparing
    /// texts.
    public internal(set) var changeCount = 0
    /// What Ctrl+K cut, for Ctrl+U.
    public internal(set) var cutBuffer = ""
    /// True right after a cut: the next one adds its line to the buffer.
    var isGatheringCuts = false
    /// The column (in cells) up/down and page moves aim for, kept across short rows.
    var goalColumn: Int?
    var history = EditHistory()

    /// An editor over `text`, the cursor at its start. The text is kept exactly as given
    /// (`text` gives it back byte for byte); only inserted text is normalized.
    public init(text: String = "", viewport: EditorViewport = EditorViewport(width: 80, height: 24)) {
        self.storage = LineStore(text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { EditorLine(String(Substring($0))) })
        self.viewport = viewport
        cacheVisibleLayouts()
    }

    /// The whole note: the lines joined with "\n". Costs a pass over the text: for saving, not
    /// for every keystroke.
    public var text: String {
        var result = ""
        result.reserveCapacity(storage.all.reduce(storage.count) { $0 + $1.text.utf8.count })
        var isFirst = true
        for line in storage.all {
            if !isFirst { result.append("\n") }
            result.append(line.text)
            isFirst = false
        }
        return result
    }

    /// The logical lines (a copy of each: for tests and tools, not for every frame).
    public var lines: [String] { storage.all.map(\.text) }
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
        case .documentEnd: cursor = EditorPosition(line: storage.count - 1, grapheme: graphemeCount(storage.count - 1))
        case .undo: undo()
        case .redo: redo()
        case .cutLine: cutLine()
        case .pasteCut: insert(cutBuffer)
        }
        if command != .cutLine { isGatheringCuts = false }
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
