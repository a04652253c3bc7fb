import Chapter
import Notes

/// The note being edited: the editor, and what the last save left behind.
public struct NoteEditing: Sendable, Equatable {
    public var questionID: QuestionID
    public var questionTitle: String
    public var editor: NoteEditor
    /// The revision the text descends from: a save based on an older one is a conflict.
    public var basedOn: RevisionID?
    /// Bumped by every edit; a save remembers the one it wrote.
    public var editGeneration = 0
    public var savedGeneration = 0
    /// The last save's error, shown until a save succeeds; the text stays in the editor.
    public var saveError: String?

    /// True when the editor holds text no save has written yet.
    public var isDirty: Bool { editGeneration != savedGeneration }
}

extension EditorCommand {
    /// Commands that change the text (the others only move).
    var isEdit: Bool {
        switch self {
        case .insert, .newline, .deleteBackward, .deleteForward, .undo, .redo: return true
        default: return false
        }
    }
}
