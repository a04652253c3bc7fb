import Chapter
import Notes
import Search
import Screen
import Study

/// What happened, named: the reader's keys (through the keymap), the clock, and the
/// runtime's reports of the effects it performed. `update` is the only thing that reads them.
public enum Action: Equatable, Sendable {
    case moveDown(Int)
    case moveUp(Int)
    case pageDown
    case pageUp
    case halfPageDown
    case halfPageUp
    case top
    case bottom
    case scrollLeft
    case scrollRight
    case focusNext
    case focusPrevious
    case openSelected
    case previousCodeBlock
    case nextCodeBlock
    /// A section key, 1...6: why asked, short answer, details, example, mistakes, interview.
    case jumpToSection(Int)
    case narrowList
    case widenList
    case toggleHelp
    /// `z`: the focused pane fills the screen, or the panes come back.
    case toggleZoom
    /// `w`: long code lines wrap, or scroll sideways.
    case toggleCodeWrap
    case openTopics
    /// Esc: closes the window on top, or leaves the search results.
    case dismiss
    /// `y`: copies the code block the code pane shows.
    case copyCodeBlock
    /// `Y`: copies the open question's title and short answer.
    case copyQuestion
    /// `x`: writes the list (the open chapter, or the search results) as a study sheet.
    case exportList
    case click(Point)
    /// The pointer moved with the left button held, and the button let go: a selection in a pane.
    case dragMouse(Point)
    case releaseMouse(Point)
    case wheel(up: Bool, at: Point)
    case resize(Size)
    /// Ctrl+L: draws the whole screen again.
    case redraw
    /// Ctrl+Z: stops the program until the shell's `fg`.
    case suspend
    case quit
    /// In the unsaved-notes prompt: save again, write the text to a file, or throw it away.
    case retrySave
    case writeUnsavedToFile
    case discardUnsaved

    case startSearch
    case editSearch(SearchEdit)
    case submitSearch
    case cancelSearch
    case nextMatch
    case previousMatch

    /// `e`: edit the open question's note.
    case openEditor
    /// `E`: the note in the reader's own editor.
    case openOutsideEditor
    case editNote(EditorCommand)
    /// Saves the note now if it has unsaved text.
    case saveNote
    /// Esc: saves and leaves the editor.
    case closeEditor
    /// Ctrl+W in the note editor (nano's "Where Is"): the find prompt, holding the last needle.
    case findInNote
    case editNoteFind(SearchEdit)
    /// Enter or Ctrl+W in the find prompt: the cursor to the next match, from the note's start
    /// after the last one.
    case findNextInNote
    /// Esc in the find prompt: it closes, the cursor stays where the last match put it.
    case cancelNoteFind

    /// `r`: a recall session over a scope's questions; `R`: the scope chooser.
    case startRecall(RecallScope)
    case chooseRecallScope
    /// Space in a session: the short answer, then the full one.
    case revealAnswer
    /// 1-4 in a session: the reader's grade of the question shown.
    case grade(Rating)
    /// Esc in a session: the summary, then back to the browser.
    case endRecall
    /// `f` in recall: the questions that answer this one's follow-ups are asked next.
    case drillFollowUps
    /// `S`: the study charts window.
    case openStats

    /// `m`: marks the open question or takes its mark away; `'`: the marked questions.
    case toggleBookmark
    case openBookmarks
    /// `o`: the open answer's links; a digit (or Enter) there opens one (1-based).
    case openLinks
    case openLink(Int)

    // The clock and the runtime.

    /// The time now, on the monotonic clock (what waits) and the wall clock (what reviews
    /// are stamped with and cards fall due by); the runtime sends it before each wake-up's actions.
    case tick(Moment, wall: Instant)
    /// The first frame is on screen: what it did not need can load now.
    case started
    /// The whole library, read in the background after the first frame (which had one chapter).
    case libraryLoaded(Library)
    /// A chapter file (or a folder of them) changed on disk while the browser runs.
    case libraryFilesChanged
    /// The library read again after files changed (`Effect.reloadLibrary`).
    case libraryReloaded(Library)
    /// Reading it again failed: the library on screen stays; why, in one line.
    case libraryNotReloaded(String)
    /// `loaded` of the library's `total` chapter files are read so far.
    case libraryProgress(loaded: Int, total: Int)
    /// SIGTERM, SIGHUP or SIGINT: keep every word typed, then end with 128 + the signal.
    case terminate(signal: Int32)
    /// The notes database was read: texts, their revisions, where the reader was.
    case notesLoaded(texts: [QuestionID: String], revisions: [QuestionID: RevisionID], position: ReadingPosition?)
    /// The notes database could not be opened; the browser goes on without notes, and
    /// tries again a little later when the reason may pass (another sobes holds the lock).
    case notesUnavailable(String, canRetry: Bool)
    /// The notes were read, but the database cannot be written: edits are refused.
    case notesReadOnly(String)
    /// Something about the notes the reader must know (a recovered database).
    case notesMessage(String)
    /// The notes database's data version (see `NotesStore.dataVersion`), unchanged since the
    /// last look or read at start.
    case notesVersionChecked(Int)
    /// Another process changed the notes: every note of the library as the database has it now.
    case notesChangedElsewhere(version: Int, texts: [QuestionID: String], revisions: [QuestionID: RevisionID])
    /// Notes whose question is gone from the library: kept, shown in the topics overlay.
    case orphanedNotesLoaded([OrphanedNote])
    case searchFinished(generation: Int, results: SearchResults)
    case noteSaved(id: QuestionID, text: String, changeCount: Int, outcome: SaveOutcome)
    case noteSaveFailed(id: QuestionID, message: String)
    /// The reader's own editor ended: the text it left (nil with the reason when it could
    /// not run or its file could not be read back).
    case noteEditedOutside(id: QuestionID, title: String, text: String?, basedOn: RevisionID?, failure: String?)
    /// Text the database would not take was written to a file (the path), or not even that.
    case unsavedNotesWritten(path: String)
    case unsavedNotesNotWritten(String)
    /// The review log was read: the card of every reviewed question of the library.
    case cardsLoaded([QuestionID: Card])
    case cardsUnavailable(String)
    /// A grade was appended to the log: the question's card after it.
    case reviewRecorded(id: QuestionID, card: Card)
    case reviewNotRecorded(id: QuestionID, message: String)
    /// The follow-up linker's links (after the search index is built).
    case followUpsLinked([FollowUpLink])

    /// Backspace, Alt+←, Ctrl+O: back to where the last jump left; Alt+→: forward again.
    case historyBack
    case historyForward

    /// The bookmarks were read from the notes database (after the first frame).
    case bookmarksLoaded([Bookmark])
    /// Reading or writing the bookmarks failed: the message says why.
    case bookmarksFailed(String)
    /// The opener of a link to the web could not start.
    case externalLinkNotOpened(String)

    /// A study sheet was written (its path and how many questions), or could not be.
    case sheetExported(path: String, count: Int)
    case sheetNotExported(String)
}

/// Edits to the search line, with readline's keys.
public enum SearchEdit: Equatable, Sendable {
    case insert(String)
    case deleteBackward
    case deleteForward
    /// Ctrl+W, Alt+Backspace: the word before the cursor.
    case deleteWord
    /// Ctrl+U: everything before the cursor (the whole query when the cursor is at its end).
    case clear
    case left, right, wordLeft, wordRight, lineStart, lineEnd
}

extension Action {
    /// True for what the reader did (keys, mouse, resizing); false for the clock and the
    /// runtime's reports, which must not wipe a message the reader has not seen yet.
    var isFromReader: Bool {
        switch self {
        case .tick, .started, .libraryLoaded, .libraryProgress, .libraryFilesChanged, .libraryReloaded, .libraryNotReloaded, .terminate, .notesLoaded, .notesUnavailable, .notesReadOnly, .notesMessage, .orphanedNotesLoaded,
             .notesVersionChecked, .notesChangedElsewhere,
             .searchFinished, .noteSaved, .noteSaveFailed, .noteEditedOutside, .unsavedNotesWritten, .unsavedNotesNotWritten,
             .cardsLoaded, .cardsUnavailable, .reviewRecorded, .reviewNotRecorded, .followUpsLinked,
             .bookmarksLoaded, .bookmarksFailed, .externalLinkNotOpened,
             .sheetExported, .sheetNotExported,
             .dragMouse:  // the pointer moving over the screen is no reason to wipe a message
            return false
        default:
            return true
        }
    }
}
