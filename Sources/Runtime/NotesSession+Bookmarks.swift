import Browser
import Notes

extension NotesSession {
    /// Every bookmark, for `.bookmarksLoaded` (orphans included: the browser shows them as such).
    func loadBookmarks() -> Action {
        do {
            return .bookmarksLoaded(try store.bookmarks())
        } catch {
            return .bookmarksFailed("\(error)")
        }
    }

    /// Writes a mark or takes it away; a failure is a message (the mark stays as shown until the next start).
    func saveBookmark(chapterID: String, questionKey: String, title: String, marked: Bool) -> [Action] {
        do {
            try store.setBookmark(NoteKey(chapterID: chapterID, question: questionKey), title: title, marked: marked)
            return []
        } catch {
            return [.bookmarksFailed("не сохранена: \(error)")]
        }
    }
}
