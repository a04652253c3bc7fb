import Chapter
import Notes

/// What the browser knows for following links and for bookmarks.
public struct NavigationState: Sendable, Equatable {
    /// The terminal draws OSC 8 hyperlinks: links to the web show as their text alone.
    public var hyperlinks = false
    /// `xdg-open` or `$BROWSER` is there to open a link to the web; else its URL is shown.
    public var canOpenExternally = false
    /// The marked questions, oldest first; an orphan's question is gone from the library.
    public private(set) var bookmarks: [MarkedQuestion] = []
    private var marked: Set<QuestionKey> = []
    /// The bookmarks were read from the notes database.
    public var bookmarksLoaded = false
    /// Where the last jump went and the scroll it left: while the answer stays there, the
    /// outline marks that place, even if the answer's end kept it from reaching the top.
    var lastJump: Jump?

    struct Jump: Equatable, Sendable {
        var place: LibraryPlace
        var scroll: Int
    }

    public init() {}

    public func isMarked(_ key: QuestionKey) -> Bool { marked.contains(key) }

    mutating func setBookmarks(_ bookmarks: [MarkedQuestion]) {
        self.bookmarks = bookmarks
        marked = Set(bookmarks.map(\.key))
    }

    /// Marks or unmarks; returns whether the question is marked now.
    mutating func toggle(_ key: QuestionKey, title: String) -> Bool {
        if marked.remove(key) != nil {
            bookmarks.removeAll { $0.key == key }
            return false
        }
        marked.insert(key)
        bookmarks.append(MarkedQuestion(key: key, title: title))
        return true
    }
}

/// A bookmark as the browser holds it: the question's stable key and the title it was marked under.
public struct MarkedQuestion: Sendable, Equatable {
    public var key: QuestionKey
    public var title: String

    public init(key: QuestionKey, title: String) {
        self.key = key
        self.title = title
    }

    init(_ bookmark: Bookmark) {
        self.init(key: QuestionKey(chapterID: bookmark.key.chapterID, title: bookmark.key.question), title: bookmark.title)
    }
}
