/// What takes the reader's keys now. Computed in one place: the keymap picks its bindings
/// by it and `update` routes actions by it.
public enum Mode: Equatable, Sendable {
    /// The help or topics window is open over the panes.
    case overlay(AppState.Overlay)
    /// The note editor has focus: typed text goes into the note.
    case editingNote
    /// The note editor's find prompt is open: typed text goes into the needle.
    case findingInNote
    /// The search line has focus: typed text goes into the query.
    case typingSearch
    /// A recall session fills the screen: Space reveals, 1-4 grade, Esc ends.
    case recall
    /// Reading: keys move, page and switch panes.
    case browsing
}

extension AppState {
    public var mode: Mode {
        if let overlay { return .overlay(overlay) }
        if let session = study.session { return session.isTypingScratch ? .editingNote : .recall }
        if let editing, focus == .notes { return editing.find == nil ? .editingNote : .findingInNote }
        if search?.isEditing == true { return .typingSearch }
        return .browsing
    }
}
