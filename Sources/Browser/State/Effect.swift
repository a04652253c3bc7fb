import Chapter
import Notes
import Study

/// Work `update` asks for and the runtime performs: every effect the program has. What
/// an effect finds comes back as an action (`.notesLoaded`, `.searchFinished`,
/// `.noteSaved`, ...), so deciding stays in `update`.
public enum Effect: Equatable, Sendable {
    /// Reads the notes and the reading position (after the first frame is on screen).
    case loadNotes
    /// Builds the search index in the background, with the notes' texts as a field.
    case buildSearchIndex(notes: [QuestionID: String])
    /// Runs a query in the background; results come back as `.searchFinished`.
    case search(text: String, generation: Int)
    /// Puts a saved note's text into the search index.
    case indexNote(id: QuestionID, text: String)
    /// Writes a note; the outcome comes back as `.noteSaved` or `.noteSaveFailed`.
    case saveNote(id: QuestionID, title: String, text: String, basedOn: RevisionID?, changeCount: Int)
    /// Looks whether another process changed the notes since the data version `known`;
    /// answered by `.notesVersionChecked` or `.notesChangedElsewhere`.
    case checkNotesChanged(known: Int?)
    /// Opens a note's text in the reader's own editor ($VISUAL, $EDITOR), the terminal lent
    /// to it; what it wrote comes back as `.noteEditedOutside`.
    case editNoteOutside(id: QuestionID, title: String, text: String, basedOn: RevisionID?)
    /// Writes notes the database would not take to a file `sobes notes import` reads back;
    /// the outcome comes back as `.unsavedNotesWritten` or `.unsavedNotesNotWritten`.
    case writeUnsavedNotes([UnsavedNote])
    /// Remembers where the reader is, so the next start reopens there.
    case savePosition(ReadingPosition)
    /// Puts text on the system clipboard: through the terminal (OSC 52), and through
    /// wl-copy, xclip or xsel where there is a display.
    case copyToClipboard(String)
    /// Repaints the whole terminal (Ctrl+L), and stops the process until `fg` (Ctrl+Z).
    case redrawScreen
    case suspend
    /// Reads the review log and folds it into cards (after the first frame); they come
    /// back as `.cardsLoaded` or `.cardsUnavailable`.
    case loadCards
    /// Appends a grade to the review log; the card after it comes back as `.reviewRecorded`
    /// (or `.reviewNotRecorded`).
    case recordReview(id: QuestionID, key: CardKey, title: String, rating: Rating, at: Instant)
    /// Writes a study sheet of these questions (with their notes and cards) as Markdown to
    /// `fileName` in the working directory; the path comes back as `.sheetExported`.
    case exportSheet(ids: [QuestionID], notes: [QuestionID: String], cards: [QuestionID: Card], fileName: String, at: Instant)
    /// Watches the library's folders, reporting `.libraryFilesChanged` when a chapter file
    /// changes (inotify on Linux; a poll elsewhere). Asked again after each reread: new
    /// folders are watched too.
    case watchLibrary
    /// Reads the library again (unchanged files from the cache); the result comes back as
    /// `.libraryReloaded` or `.libraryNotReloaded`.
    case reloadLibrary
    /// Asks for a `.tick` at (or soon after) a moment, even if no key comes.
    case wake(at: Moment)
    /// Reads the bookmarks (after the first frame); they come back as `.bookmarksLoaded`.
    case loadBookmarks
    /// Marks a question (by its stable key) or takes its mark away.
    case saveBookmark(chapterID: String, questionKey: String, title: String, marked: Bool)
    /// Opens a link to the web with `$BROWSER` or `xdg-open`, detached, its output discarded.
    case openExternalLink(String)
}
