import Chapter
import Notes
import Search
import Screen

/// What the reader asked for, named; the keymap turns input into these.
public enum Action: Equatable, Sendable {
    case moveDown(Int)
    case moveUp(Int)
    case pageDown
    case pageUp
    case top
    case bottom
    case scrollLeft
    case scrollRight
    case focusNext
    case focusPrevious
    case openSelected
    case previousCodeBlock
    case nextCodeBlock
    case jumpToSection(Section.Kind)
    case narrowList
    case widenList
    case toggleHelp
    case openTopics
    case closeOverlay
    case click(Point)
    case wheel(up: Bool, at: Point)
    case resize(Size)
    case quit

    case startSearch
    case editSearch(SearchEdit)
    case submitSearch
    case cancelSearch
    case searchFinished(generation: Int, results: SearchResults)
    case nextMatch
    case previousMatch

    /// The notes database was read (after the first frame): texts, their revisions, where the reader was.
    case notesLoaded(texts: [QuestionID: String], revisions: [QuestionID: RevisionID], position: ReadingPosition?)
    /// Something about the notes the reader must know (a recovered database, a failed save).
    case notesMessage(String)
    /// Notes whose question is gone from the library: kept, shown in the topics overlay.
    case orphanedNotesLoaded([OrphanedNote])

    /// `e`: edit the open question's note.
    case openEditor
    case editNote(EditorCommand)
    /// Saves now if there is anything to save (the runtime's timer, Ctrl+S).
    case saveNote
    /// Esc: saves and leaves the editor.
    case closeEditor
    case noteSaved(id: QuestionID, text: String, generation: Int, outcome: SaveOutcome)
    case noteSaveFailed(id: QuestionID, message: String)
}

extension Action {
    /// True for what the reader did (keys, mouse, resizing); false for the runtime's reports.
    var isFromReader: Bool {
        switch self {
        case .searchFinished, .notesLoaded, .notesMessage, .orphanedNotesLoaded, .saveNote, .noteSaved, .noteSaveFailed: return false
        default: return true
        }
    }
}
