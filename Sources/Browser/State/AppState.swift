import Chapter
import Notes
import Screen
import Search
import Study

/// The panes of the browser. In narrow terminals only the focused one shows.
public enum Pane: String, CaseIterable, Sendable {
    case list, answer, code
    /// The note editor, in the code pane's place while a note is open.
    case notes
}

/// Everything the browser shows, as a value: `update` changes it, the views read it.
public struct AppState: Sendable, Equatable {
    public var library: Library {
        didSet { chapterPosition = library.position(ofChapter: chapterID) }
    }
    public var theme: Theme
    public var size: Size

    /// The chapter whose questions the list shows.
    public var chapterID: String {
        didSet { chapterPosition = library.position(ofChapter: chapterID) }
    }
    /// Where `chapterID` stands in `library.chapters`, kept with both: the list and the open
    /// question are read there several times a key, and a lookup by id hashes the id.
    private(set) var chapterPosition: Int?
    /// The selected row of the list.
    public var selectedRow = 0
    /// The first visible row of the list.
    public var listTop = 0
    public var focus: Pane = .list
    /// The list's width in columns when panes stand side by side; `<` and `>` change it.
    public var preferredListWidth = Layout.defaultListWidth

    public var answerScroll = 0
    /// Which of the open question's code blocks the code pane shows.
    public var codeBlockIndex = 0
    public var codeScroll = 0
    public var codeColumn = 0
    /// `w`: long code lines wrap onto continuation rows instead of scrolling sideways.
    public var codeWraps = false
    /// `z`: the pane that fills the screen, if one does.
    public var zoomedPane: Pane?
    /// How wide the open chapter's code is, for the layout; refreshed by `update`.
    public private(set) var codeMeasure = CodeMeasure.usual
    private var measuredChapter: String?

    public var overlay: Overlay?
    /// The search line and its results, while the reader searches.
    @CopyOnWrite public var search: SearchState? = nil
    /// Text being selected with the mouse in a pane.
    public var mouseSelection: MouseSelection?
    public var notes = NotesState()
    /// The note being edited, if any.
    @CopyOnWrite public var editing: NoteEditing? = nil
    /// The cards of the review log and the recall session.
    @CopyOnWrite public var study = StudyState()
    /// Where follow-ups lead, the focused one, and the jump history.
    @CopyOnWrite public var jumps = JumpState()
    /// How far the background read of the library has got; nil once it is complete.
    public var libraryProgress: LibraryProgress?
    /// Chapter files changed on disk, read again while the browser runs.
    @CopyOnWrite public var liveReload = LiveReloadState()
    /// Links, hyperlinks and bookmarks.
    @CopyOnWrite public var navigation = NavigationState()
    /// A one-line message for the status bar (cleared by the next key).
    public var message: String?
    public var isQuitting = false
    /// The process's exit status once quitting: 0, or 128 + the signal that ended it.
    public var exitStatus: Int32 = 0
    /// `q` was pressed: the program ends once every note is saved (or the reader decides).
    var isQuitRequested = false
    /// Ending on a signal, the unsaved text is being written to a file (once).
    var isWritingRescue = false
    /// What the program says on standard error once the terminal is given back.
    public var exitMessages: [String] = []

    /// The time of the latest `.tick`: when the action being handled happened.
    public var now = Moment.start
    /// The reader's time zone at start, in seconds east of UTC: days in charts are local.
    public var utcOffsetSeconds = 0
    /// The wall-clock time of the latest `.tick`: reviews are stamped with it.
    public var wallNow = Instant(millisecondsSince1970: 0)
    /// The reading position as last saved (or as the database had it at start; nil when it
    /// had none, or one the browser would not make).
    @CopyOnWrite var savedPlace: ReadingPlace? = nil
    /// When the changed reading position is saved by itself.
    var positionDue: Moment?

    /// The answer laid out for the answer pane's width; refreshed by `update`.
    public private(set) var renderedAnswer = RenderedAnswer()
    private var renderedKey: RenderKey?
    /// The question last laid out: kept when the laid-out text is forgotten (the library read
    /// whole or again), so that relaying it out is not taken for opening another question.
    private var renderedQuestion: QuestionID?
    /// Counts the answers laid out and the code blocks styled: what search matches were found in.
    private var answerRevision = 0
    private var codeRevision = 0
    /// Counts the search results taken, over every search of the run.
    private var resultsTaken = 0
    /// Answers laid out and code blocks styled lately (see `RecentValues`); emptied when the
    /// library changes.
    private var recentAnswers = RecentValues<RenderKey, RenderedAnswer>(capacity: 16)
    private var recentCode = RecentValues<CodeKey, StyledCode>(capacity: 16)
    /// The list's titles wrapped for its width; refreshed by `update`.
    private(set) var listTitles = WrappedTitles()
    /// Where the search matches the answer and code lines in view; refreshed by `update`.
    private(set) var matchedLines = MatchedLines()
    /// The current code block's lines, styled for the code pane; refreshed by `update`.
    public private(set) var codeLines: [StyledLine] = []
    /// The width of each of `codeLines` in cells, and the widest: how far the code pane scrolls
    /// sideways.
    public private(set) var codeLineWidths: [Int] = []
    public private(set) var codeWidth = 0

    /// The code pane's line-number gutter and the columns left for the code.
    var codeGutter: Int { String(codeLines.count).count + 2 }
    var codeTextWidth: Int { max(layout.content(of: .code).width - codeGutter, 0) }
    /// How far `h` and `l` move: to the next part of the line the pane cut off.
    var sidewaysStep: Int { max(codeTextWidth - 4, 8) }
    private var codeKey: CodeKey?
    /// What the layout needs of the open question's note; refreshed by `update`.
    private(set) var noteShape: NoteShape?
    private var noteShapeKey: NoteShapeKey?

    private struct NoteShapeKey: Equatable, Sendable {
        var question: QuestionID?
        var note: String?
    }

    public enum Overlay: Equatable, Sendable {
        case help(scroll: Int)
        case topics(selected: Int)
        /// Quitting found notes no save could write: the reader chooses what happens to them.
        case unsavedOnQuit(reason: String)
        /// `R`: which questions a recall session asks.
        case recallScopes(selected: Int)
        /// `S`: the reviews due in the coming days and the progress per chapter.
        case stats
        /// `o`: the open answer's links.
        case links(selected: Int)
        /// `'`: the marked questions.
        case bookmarks(selected: Int)
    }

    /// `hyperlinks`: the terminal draws links (OSC 8); given here, the first layout is the one drawn.
    public init(library: Library, theme: Theme = .fallback, size: Size, hyperlinks: Bool = false) {
        self.library = library
        self.theme = theme
        self.size = size
        self.chapterID = library.chapters.first?.id ?? ""
        self.chapterPosition = library.chapters.isEmpty ? nil : 0
        navigation.hyperlinks = hyperlinks
        refreshLayout()
        // The first frame comes before any action: without this the list, its outline and the
        // hit test would each wrap every title in view again.
        refreshListTitles()
    }

    public var chapter: Chapter? { chapterPosition.map { library.chapters[$0] } }
    public var questions: [Question] { chapterPosition.map { library.chapters[$0].questions } ?? [] }

    /// What the list shows: the search's hits in rank order, or the chapter's questions.
    public var listEntries: [QuestionID] {
        if let hits = search?.hits { return hits.map(\.questionID) }
        return questions.map(\.id)
    }

    /// The open question's id, as `openQuestion?.id` would give it, read in place without copying the question.
    public var openQuestionID: QuestionID? {
        openQuestionPlace.map { library.chapters[$0.chapter].questions[$0.question].id }
    }

    /// Where the open question stands in the library (`Library.place(of:)`).
    var openQuestionPlace: (chapter: Int, question: Int)? {
        if let hits = search?.hits {
            return hits.indices.contains(selectedRow) ? library.place(of: hits[selectedRow].questionID) : nil
        }
        guard let chapter = chapterPosition else { return nil }
        let questions = library.chapters[chapter].questions
        guard questions.indices.contains(selectedRow),
              let question = library.chapters[chapter].position(ofQuestion: questions[selectedRow].number) else { return nil }
        return (chapter, question)
    }

    /// The question the answer and code panes show: the list's selection.
    public var openQuestion: Question? {
        // The selected entry of `listEntries`, without making the list (asked many times an update).
        if let hits = search?.hits {
            return hits.indices.contains(selectedRow) ? library.question(hits[selectedRow].questionID) : nil
        }
        return openQuestionPlace.map { library.chapters[$0.chapter].questions[$0.question] }
    }

    public var codeBlocks: [CodeBlock] {
        openQuestionPlace.map { library.chapters[$0.chapter].questions[$0.question].codeBlocks } ?? []
    }

    /// Shows the code block nearest to what the reader reads: the first whose place in the
    /// answer is in view, else the last one above it. Blocks the answer shows inline are
    /// read there: the code pane keeps to the others while there are any.
    mutating func followReading() {
        let lines = renderedAnswer.codeBlockLines
        let visible = answerScroll..<(answerScroll + max(layout.answerContent.height, 1))
        let inline = renderedAnswer.inlineCodeBlocks
        let candidates = lines.indices.filter { !inline.contains($0) }
        guard !candidates.isEmpty else { return }
        let target = candidates.first { visible.contains(lines[$0]) } ?? candidates.last { lines[$0] < visible.lowerBound }
            ?? (inline.contains(codeBlockIndex) ? candidates.first : nil)
        guard let target, target != codeBlockIndex, codeBlocks.indices.contains(target) else { return }
        codeBlockIndex = target
        codeScroll = 0
        codeColumn = 0
        refreshCode()
    }

    /// The first code example in view whose placeholder stands for it (not drawn inline).
    var placeholderInView: Int? {
        let visible = answerScroll..<(answerScroll + max(layout.answerContent.height, 1))
        return renderedAnswer.codeBlockLines.indices.first {
            visible.contains(renderedAnswer.codeBlockLines[$0]) && !renderedAnswer.inlineCodeBlocks.contains($0)
        }
    }

    /// The sections the keys 1...6 jump to, in key order.

    /// The answer line of the section a section key names, if the answer has it.
    func sectionLine(forKey number: Int) -> Int? {
        // The known kind in answers written with the six kinds, else the number-th section.
        guard let question = openQuestion else { return nil }
        return renderedAnswer.line(forKey: number, in: question)
    }
    public var currentCodeBlock: CodeBlock? {
        codeBlocks.indices.contains(codeBlockIndex) ? codeBlocks[codeBlockIndex] : nil
    }

    /// The list's rows for entries: below the search line while there is one.
    var listRows: Rect {
        let content = layout.content(of: .list)
        return search == nil ? content : content.inset(top: 1)
    }

    public var layout: Layout {
        Layout(size: size, preferredListWidth: preferredListWidth, focus: focus, isEditing: editing != nil,
               code: codeMeasure, zoomed: zoomedPane, note: noteShape)
    }

    /// The open question's note as the reader last left it (a text no save wrote yet comes
    /// first), or nil when it has none.
    public var openNote: String? {
        guard let id = openQuestionID else { return nil }
        let text = notes.unsaved[id]?.text ?? notes.texts[id]
        return text.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
    }

    /// Re-lays out the answer when the question, the width or the theme changed.
    public mutating func refreshLayout() {
        let note = openNote
        let shapeKey = NoteShapeKey(question: openQuestionID, note: note)
        if shapeKey != noteShapeKey {
            noteShapeKey = shapeKey
            noteShape = note.map { NoteShape(text: $0, questionHasCode: !codeBlocks.isEmpty) }
        }
        // The measure of the shown question's chapter, a search preview's too: at the measure of
        // the chapter being read, another chapter's wide code showed in a pane a few columns
        // wide (160x50, tmux).
        let measured = openQuestionID?.chapterID ?? chapterID
        if measured != measuredChapter {
            measuredChapter = measured
            codeMeasure = library.chapter(id: measured).map(CodeMeasure.init(chapter:)) ?? .usual
        }
        refreshCode()
        refreshRecallCard()
        if editing != nil {
            let viewport = NotesEditorView.viewport(in: layout)
            if editing?.editor.viewport != viewport { editing?.editor.resize(to: viewport) }
        }
        let layout = layout
        let width = layout.answerContent.width
        // A note shown beside the answer is not repeated at its end.
        let noteInAnswer = layout.notePreview.isEmpty ? note : nil
        let id = openQuestionID
        // The targets, not their labels: the labels are made only for an answer laid out anew
        // (the library they name is replaced only by `adopt`, which forgets laid-out text).
        let key = RenderKey(question: id, width: width, theme: theme.name, note: noteInAnswer,
                            followUps: id.flatMap { jumps.followUpTargets[$0] } ?? [:], hyperlinks: navigation.hyperlinks)
        guard key != renderedKey else { return }
        let isAnotherQuestion = key.question != renderedQuestion
        renderedKey = key
        renderedQuestion = key.question
        answerRevision &+= 1
        if let cached = recentAnswers[key] {
            renderedAnswer = cached
        } else if let question = openQuestion, width > 0 {
            renderedAnswer = AnswerRenderer(theme: theme, code: .placeholder, links: navigation.hyperlinks ? .hyperlinks : .urlAfterText).render(question, width: width, note: noteInAnswer,
                                                                                     appendix: library.appendix(after: question),
                                                                                     followUpTargets: followUpLabels)
            recentAnswers[key] = renderedAnswer
        } else {
            renderedAnswer = RenderedAnswer()
        }
        // A question opens with the code pane on a block the answer does not show inline.
        if isAnotherQuestion, renderedAnswer.inlineCodeBlocks.contains(codeBlockIndex) { followReading() }
    }

    /// Re-styles the code pane's lines when the block or the theme changed.
    mutating func refreshCode() {
        let key = CodeKey(question: openQuestionID, block: codeBlockIndex, theme: theme.name)
        guard key != codeKey else { return }
        codeKey = key
        codeRevision &+= 1
        let styled: StyledCode
        if let cached = recentCode[key] {
            styled = cached
        } else {
            let lines = currentCodeBlock.map { CodeStyling.lines(of: $0, theme: theme) } ?? []
            styled = StyledCode(lines: lines, widths: lines.map { displayWidth(of: $0) })
            recentCode[key] = styled
        }
        codeLines = styled.lines
        codeLineWidths = styled.widths
        codeWidth = styled.widths.max() ?? 0
    }

    /// The code pane's lines do not depend on its width (long lines scroll or wrap as drawn).
    private struct CodeKey: Hashable, Sendable {
        var question: QuestionID?
        var block: Int
        var theme: String
    }

    private struct StyledCode: Equatable, Sendable {
        var lines: [StyledLine]
        var widths: [Int]
    }

    private struct RenderKey: Hashable, Sendable {
        var question: QuestionID?
        var width: Int
        var theme: String
        var note: String?
        var followUps: [Int: QuestionID]
        var hyperlinks: Bool
    }

    /// Forgets the answers laid out, the code styled and the titles wrapped for the library as
    /// it was (a question keeps its id when its chapter is read again with other text).
    mutating func forgetLaidOutText() {
        recentAnswers = RecentValues(capacity: recentAnswers.capacity)
        recentCode = RecentValues(capacity: recentCode.capacity)
        measuredChapter = nil
        listTitles = WrappedTitles()
        renderedKey = nil
        codeKey = nil
    }
}

extension AppState {
    /// Wraps the titles of the list's rows in view once, for the frames to come.
    mutating func refreshListTitles() {
        // The rows in view are wrapped already when nothing they depend on moved (most keys).
        let rows = listRows
        let view = WrappedTitles.View(chapterID: chapterID, results: search?.hits == nil ? nil : search?.resultsSerial,
                                      top: listTop, selected: selectedRow, labelWidth: listLabelWidth, rows: rows)
        guard view != listTitles.view else { return }
        let entries = listEntries
        let width = listTitleWidth
        // One title per row in view at most.
        listTitles.makeRoom(for: rows.height)
        defer { listTitles.view = view }
        for entry in listLayout() {
            let limit = titleRowLimit(of: entry.index)
            if listTitles.lines(of: entries[entry.index], limit: limit, width: width) == nil {
                listTitles.store(entry.lines, of: entries[entry.index], limit: limit, width: width)
            }
        }
    }

    /// Matches the search against the answer and code lines in view once, for the frames to
    /// come (wrapped code rows are matched as they are drawn).
    mutating func refreshMatchedLines() {
        guard let highlighter = search?.highlighter, let source = matchSource else { return }
        matchedLines.keep(for: source)
        let answerLines = renderedAnswer.lines
        for index in Self.rows(from: answerScroll, count: layout.answerContent.height, within: answerLines.count)
        where matchedLines.answer[index] == nil {
            matchedLines.answer[index] = highlighter.ranges(in: MatchHighlight.text(of: answerLines[index]))
        }
        guard !codeWraps, !layout.code.isEmpty else { return }
        for index in Self.rows(from: codeScroll, count: layout.content(of: .code).height, within: codeLines.count)
        where matchedLines.code[index] == nil {
            let shown = CodeView.dropColumns(codeLines[index], count: codeColumn)
            matchedLines.code[index] = highlighter.ranges(in: MatchHighlight.text(of: shown))
        }
    }

    private static func rows(from top: Int, count: Int, within total: Int) -> Range<Int> {
        let first = min(max(top, 0), total)
        return first..<min(first + max(count, 0), total)
    }

    /// What the search's matches in view are found in now.
    private var matchSource: MatchedLines.Source? {
        search?.resultsSerial.map {
            MatchedLines.Source(results: $0, answer: answerRevision, code: codeRevision, codeColumn: codeColumn)
        }
    }

    /// The search's matches in a line of the answer or (as drawn) of the code, as character
    /// offsets into the line's text (found by `refreshMatchedLines`); nil when not found for it.
    func foundMatchRanges(inAnswerLine index: Int?, codeLine: Int?) -> [Range<Int>]? {
        guard let source = matchedLines.source, source == matchSource else { return nil }
        if let index { return matchedLines.answer[index] }
        if let codeLine, !codeWraps { return matchedLines.code[codeLine] }
        return nil
    }
}

extension AppState {
    /// Numbers results as they are taken: a number no other results had (`SearchState.resultsSerial`).
    mutating func nextResultsSerial() -> Int {
        resultsTaken &+= 1
        return resultsTaken
    }
}
