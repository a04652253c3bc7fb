import Chapter
import Notes

/// The reader's notes as the browser knows them: loaded after the first frame, kept
/// current by saves. Storage itself is the runtime's business (effects).
public struct NotesState: Sendable, Equatable {
    public var texts: [QuestionID: String] = [:]
    /// The revision each note's text descends from, for conflict-safe saves.
    public var revisions: [QuestionID: RevisionID] = [:]
    public var isLoaded = false
    /// `e` pressed before the notes were read: the editor opens on this question once they are.
    var editorRequested: QuestionID?
    /// Why the database cannot be written, when it cannot: notes show, the editor does not open.
    public var readOnly: String?
    /// Why the database could not be read, while it cannot; editing waits until it can.
    public var unavailable: String?
    /// True when the reason may pass (a lock): loading is tried again every few seconds.
    public var canRetryLoading = false
    var retryDue: Moment?
    /// The database's data version when last looked at, and when it is looked at next:
    /// every `notesCheckDelay`, so a save in another window shows here by itself.
    var dataVersion: Int?
    var checkDue: Moment?
    /// Notes whose question the library no longer has: listed in the topics overlay.
    public var orphans: [OrphanedNote] = []
    /// Text of notes whose editor is closed but whose last save failed: kept, retried, and
    /// never dropped on quitting (see `UnsavedNote`).
    public var unsaved: [QuestionID: UnsavedNote] = [:]

    public init() {}

    public func hasNote(_ id: QuestionID) -> Bool {
        texts[id].map { !$0.trimmingWhitespace().isEmpty } ?? false
    }
}

/// A note whose question is gone: kept in the database under its old key, shown with the
/// title it was saved under.
public struct OrphanedNote: Sendable, Equatable {
    public var chapterID: String
    /// The stored key (normalised title): `sobes notes show CHAPTER/KEY` prints it.
    public var key: String
    public var questionTitle: String
    public var text: String

    public init(chapterID: String, key: String, questionTitle: String, text: String) {
        self.chapterID = chapterID
        self.key = key
        self.questionTitle = questionTitle
        self.text = text
    }
}

/// A note's text that no save has written yet, outside the editor.
public struct UnsavedNote: Sendable, Equatable {
    public var id: QuestionID
    public var title: String
    public var text: String
    public var basedOn: RevisionID?
    /// True once a save of it failed: from then on it is tried again every few seconds.
    public var hasFailed = false
    /// When it is tried again; set by `scheduledWork`.
    public var retryDue: Moment?
}

/// Where the reader was, as the notes database keeps it.
extension AppState {
    public var readingPosition: ReadingPosition? { readingPlace?.position }

    /// The reading position without its dictionary: asked after every action (has the reader
    /// moved since the last save?), so it is made and compared without allocating.
    var readingPlace: ReadingPlace? {
        guard let place = openQuestionPlace else { return nil }
        let questions = library.chapters[place.chapter].questions
        let index = place.question
        return ReadingPlace(chapterID: questions[index].id.chapterID, question: questions[index].key.title, questionNumber: questions[index].number,
                            listTop: listTop, answerScroll: answerScroll, codeBlock: codeBlockIndex, codeScroll: codeScroll,
                            listWidth: preferredListWidth,
                            // The editor is not reopened at start: its pane comes back as the answer.
                            focus: Pane.allCases.firstIndex(of: focus == .notes ? .answer : focus) ?? 0)
    }

    /// Puts the reader back where a saved position says, as far as the library still has it.
    mutating func restore(_ position: ReadingPosition) {
        if let width = position.paneScroll["listWidth"] {
            preferredListWidth = min(max(width, Layout.narrowestList), Layout.widestList)
        }
        // The number is the one the runtime matched the stored question to; none: the chapter's start.
        guard search == nil, let chapter = library.chapter(id: position.chapterID),
              let number = position.questionNumber ?? chapter.questions.first?.number else { return }
        showSearchTarget(QuestionID(chapterID: position.chapterID, number: number))
        let scroll = position.paneScroll
        codeBlockIndex = min(max(scroll["codeBlock"] ?? 0, 0), max(codeBlocks.count - 1, 0))
        refreshLayout()
        listTop = scroll["list"] ?? listTop
        answerScroll = scroll["answer"] ?? 0
        codeScroll = scroll["code"] ?? 0
        if let focusIndex = scroll["focus"], Pane.allCases.indices.contains(focusIndex), Pane.allCases[focusIndex] != .notes {
            focus = Pane.allCases[focusIndex]
        }
    }
}

/// A reading position as the browser makes it: the panes' scroll offsets as fields.
struct ReadingPlace: Equatable, Sendable {
    var chapterID: String
    var question: String
    var questionNumber: Int
    var listTop: Int
    var answerScroll: Int
    var codeBlock: Int
    var codeScroll: Int
    /// The width the reader gave the list with < and >: theirs to keep.
    var listWidth: Int
    var focus: Int

    var position: ReadingPosition {
        ReadingPosition(chapterID: chapterID, question: question, questionNumber: questionNumber, paneScroll: [
            "list": listTop, "answer": answerScroll, "codeBlock": codeBlock, "code": codeScroll,
            "listWidth": listWidth, "focus": focus,
        ])
    }
}

extension ReadingPlace {
    /// The place a stored position names, when it names every field as the browser makes
    /// them (else it is not where the browser stands, whatever the browser's place).
    init?(_ position: ReadingPosition) {
        let scroll = position.paneScroll
        guard scroll.count == 6, let number = position.questionNumber, let list = scroll["list"], let answer = scroll["answer"],
              let codeBlock = scroll["codeBlock"], let code = scroll["code"], let listWidth = scroll["listWidth"],
              let focus = scroll["focus"] else { return nil }
        self.init(chapterID: position.chapterID, question: position.question, questionNumber: number, listTop: list,
                  answerScroll: answer, codeBlock: codeBlock, codeScroll: code, listWidth: listWidth, focus: focus)
    }
}
