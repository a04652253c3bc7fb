import Chapter
import Notes

/// The note being edited: the editor, and what the last save left behind.
public struct NoteEditing: Sendable, Equatable {
    public var questionID: QuestionID
    public var questionTitle: String
    public var editor: NoteEditor
    /// The revision the text descends from: a save based on an older one is a conflict.
    public var basedOn: RevisionID?
    /// The editor's change count the last successful save wrote.
    public var savedChangeCount: Int
    /// When the unsaved text is saved by itself (autosave, or the retry after a failure);
    /// set by `scheduledWork` from the first unsaved edit or the failure.
    public var saveDue: Moment?
    /// The last save's error, shown until a save succeeds; the text stays in the editor.
    public var saveError: String?
    /// Ctrl+W's prompt (nano's "Where Is"), while it is open: the needle being typed.
    public var find: LineEditing?
    /// The needle last searched for: Ctrl+W offers it again, so Enter repeats the search.
    public var lastNeedle = ""

    public init(questionID: QuestionID, questionTitle: String, editor: NoteEditor, basedOn: RevisionID?) {
        self.questionID = questionID
        self.questionTitle = questionTitle
        self.editor = editor
        self.basedOn = basedOn
        self.savedChangeCount = editor.changeCount
    }

    /// True when the editor holds text no save has written yet.
    public var isDirty: Bool { editor.changeCount != savedChangeCount }
}
