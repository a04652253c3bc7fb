/// What takes the reader's keys now. Computed in one place: the keymap picks its bindings
/// by it and `update` routes actions by it.
public enum Mode: Equatable, Sendable {
    /// The help or topics window is open over the panes.
    case overlay(AppState.Overlay)
    /// The note editor has focus: typed text goes into the note.
    case editingNote
    /// The search line has focus: typed text goes into the query.
    case typingSearch
    /// Reading: keys move, page and switch panes.
    case browsing
}

extension AppState {
    public var mode: Mode {
        if let overlay { return .overlay(overlay) }
        if editing != nil, focus == .notes { return .editingNote }
        if search?.isEditing == true { return .typingSearch }
        return .browsing
    }
}
