// Undo and redo as inverse edits: each step keeps only the text it removed and inserted, never a
// copy of the note, so a keystroke costs the same on a 10-line note and a 10,000-line one.

/// One change to the text: at `start`, `removed` was replaced by `inserted`.
struct TextEdit: Hashable, Sendable {
    var start: TextLocation
    var removed: String
    var inserted: String

    /// Where the inserted text ends (what undo removes up to).
    var insertedEnd: TextLocation { LineText.end(of: inserted, placedAt: start) }
    /// Where the removed text ended (what redo removes up to).
    var removedEnd: TextLocation { LineText.end(of: removed, placedAt: start) }
}

/// The undo and redo stacks.
struct EditHistory: Hashable, Sendable {
    /// Edits of one kind made one after another merge into one undo step.
    enum Kind: Hashable, Sendable {
        case typing, deletingBackward, deletingForward
        /// Never merges: a paste, a newline.
        case single
    }

    struct Step: Hashable, Sendable {
        var edits: [TextEdit]
        var cursorBefore: EditorPosition
        var cursorAfter: EditorPosition
        var kind: Kind
    }

    /// About the most steps kept (up to a tenth more before trimming); the oldest go first.
    static let limit = 10_000

    private(set) var undoSteps: [Step] = []
    private(set) var redoSteps: [Step] = []
    /// Whether the next edit of the last step's kind may join it: true until another command.
    private var isGroupOpen = false

    /// Records an edit just made; a new edit always forgets what could be redone.
    mutating func record(_ edit: TextEdit, kind: Kind, cursorBefore: EditorPosition, cursorAfter: EditorPosition) {
        redoSteps.removeAll()
        // Only the last step's kind and last edit are read (not the step itself), so that its
        // edits stay uniquely referenced and the append below does not copy them.
        if isGroupOpen, kind != .single, undoSteps.last?.kind == kind,
           let previous = undoSteps.last?.edits.last, Self.continues(previous, with: edit, kind: kind) {
            undoSteps[undoSteps.count - 1].edits.append(edit)
            undoSteps[undoSteps.count - 1].cursorAfter = cursorAfter
        } else {
            undoSteps.append(Step(edits: [edit], cursorBefore: cursorBefore, cursorAfter: cursorAfter, kind: kind))
            // Trimmed in batches, so that a full history does not shift every step per keystroke.
            if undoSteps.count > Self.limit + Self.limit / 10 { undoSteps.removeFirst(undoSteps.count - Self.limit) }
        }
        isGroupOpen = kind != .single
    }

    /// Ends the current group: the next edit starts a new undo step.
    mutating func closeGroup() {
        isGroupOpen = false
    }

    /// Takes the step to undo, moving it to the redo stack.
    mutating func takeUndo() -> Step? {
        isGroupOpen = false
        guard let step = undoSteps.popLast() else { return nil }
        redoSteps.append(step)
        return step
    }

    /// Takes the step to redo, moving it back to the undo stack.
    mutating func takeRedo() -> Step? {
        isGroupOpen = false
        guard let step = redoSteps.popLast() else { return nil }
        undoSteps.append(step)
        return step
    }

    /// Whether `next` picks up where `previous` left off: typing at its end, Backspace just
    /// before it, Delete at the same place.
    private static func continues(_ previous: TextEdit, with next: TextEdit, kind: Kind) -> Bool {
        switch kind {
        case .typing: next.start == previous.insertedEnd
        case .deletingBackward: next.removedEnd == previous.start
        case .deletingForward: next.start == previous.start
        case .single: false
        }
    }
}
