/// What `NotesStore.save` did.
///
/// Whatever the outcome, the editor should continue from `nextBasis`: pass it as
/// `basedOn` to the next save of the same note.
public enum SaveOutcome: Equatable, Sendable {
    /// A new revision was written and is now the note's current text.
    case saved(Revision)
    /// The text equals the current text byte for byte: nothing was written. The revision
    /// is the current one (nil when there is no note and the text is empty).
    case unchanged(Revision?)
    /// Another writer (a second window) saved a newer revision after the editor loaded the
    /// note. Both texts are kept: `theirs` stays current, `mine` is stored as a `.conflict`
    /// revision. The caller must tell the reader; the editor still holds `mine`.
    case conflict(theirs: Revision, mine: Revision)

    /// The revision the editor's text now descends from.
    ///
    /// After a conflict this is `mine`: the reader has been told, so the next save of the
    /// editor's text (still `mine`, further edited) becomes current without another
    /// conflict, while `theirs` stays in the revision list. An editor that instead loads
    /// `theirs` into the buffer should continue from `theirs.id`.
    public var nextBasis: RevisionID? {
        switch self {
        case .saved(let revision): revision.id
        case .unchanged(let revision): revision?.id
        case .conflict(_, let mine): mine.id
        }
    }

    /// True when this save wrote a revision (a conflict revision counts).
    public var wroteRevision: Bool {
        if case .unchanged = self { return false }
        return true
    }
}
