import Chapter
import Screen

/// The only place that decides: applies an action to the state and returns the work the
/// runtime must do, as values. Every action reaches every rule that cares about it (the
/// autosave and the reading position run after each one, whatever window is open).
@discardableResult
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    var effects: [Effect] = []
    if case .tick(let now, let wall) = action {
        state.now = now
        state.wallNow = wall
    } else {
        // A message stays until the reader does something: work finishing in the background
        // (results, saves) must not wipe what it, or an earlier step, has to say.
        if action.isFromReader { state.message = nil }
        let reading = (state.openQuestionID, state.answerScroll)
        effects = route(&state, action)
        // Leaving a question saves and closes its note.
        if let editing = state.editing, editing.questionID != state.openQuestionID {
            effects += state.closeEditor()
            if state.focus == .notes { state.focus = .answer }
        }
        state.refreshLayout()
        state.clampScrolling()
        // The code pane follows the answer: scrolled or jumped, it shows the example in view.
        if reading.0 == state.openQuestionID, reading.1 != state.answerScroll { state.followReading() }
        state.refreshListTitles()
        state.refreshMatchedLines()
    }
    effects += state.scheduledWork()
    return effects
}

/// Sends an action to the rules of its concern: the program's life and the runtime's
/// reports first (they apply in every mode), then the window on top, the notes, the
/// search and the panes.
private func route(_ state: inout AppState, _ action: Action) -> [Effect] {
    if let effects = updateLifecycle(&state, action) { return effects }
    if let effects = updateLibrary(&state, action) { return effects }
    recordJump(before: action, &state)
    if let effects = updateJumps(&state, action) { return effects }
    if let effects = updateRecall(&state, action) { return effects }
    if let effects = updateNavigation(&state, action) { return effects }
    if case .overlay(.unsavedOnQuit) = state.mode, action == .dismiss { return updateQuitting(&state, action) }
    if case .overlay(let overlay) = state.mode, updateOverlay(&state, overlay, action) { return [] }
    if let effects = updateMouseSelection(&state, action) { return effects }
    if let effects = updateNoteFind(&state, action) { return effects }
    if let effects = updateNotes(&state, action) { return effects }
    if let effects = updateTakeAway(&state, action) { return effects }
    if let effects = updateSearch(&state, action) { return effects }
    return updateBrowser(&state, action)
}

/// Starting, quitting, and the notes database's reports.
private func updateLifecycle(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .started:
        // A library read whole for the first frame is watched from the start; one read in
        // the background, once it is all there (`.libraryLoaded`).
        return [.loadNotes, .loadCards, .loadBookmarks] + (state.libraryProgress == nil ? [.watchLibrary] : [])
    case .resize(let size):
        state.size = size
        return []
    case .redraw:
        return [.redrawScreen]
    case .suspend:
        // The note is saved first: a stopped program may never be resumed.
        return state.saveEffect() + state.positionEffect() + [.suspend]
    case .quit, .terminate, .retrySave, .writeUnsavedToFile, .discardUnsaved, .unsavedNotesWritten, .unsavedNotesNotWritten:
        return updateQuitting(&state, action)
    case .notesLoaded(let texts, let revisions, let position):
        let wasUnavailable = state.notes.unavailable != nil
        state.notes.unavailable = nil
        state.notes.texts = texts
        state.notes.revisions = revisions
        state.notes.isLoaded = true
        // A database that was late (held by another process) does not move the reader.
        if let position, !wasUnavailable { state.restore(position) }
        state.savedPlace = wasUnavailable ? nil : position.flatMap(ReadingPlace.init)
        var effects: [Effect] = []
        if let requested = state.notes.editorRequested, requested == state.openQuestionID {
            effects = updateNotes(&state, .openEditor) ?? []
        }
        state.notes.editorRequested = nil
        if wasUnavailable {
            state.message = "Заметки прочитаны: база освободилась"
            // The review log waited on the same lock.
            let cards: [Effect] = state.study.unavailable == nil ? [] : [.loadCards]
            return effects + texts.map { .indexNote(id: $0.key, text: $0.value) } + cards
        }
        return effects + [.buildSearchIndex(notes: texts)]
    case .notesUnavailable(let message, let canRetry):
        let first = state.notes.unavailable == nil
        state.notes.unavailable = message
        state.notes.retryDue = nil
        state.notes.canRetryLoading = canRetry
        if first {
            state.message = canRetry ? "Заметки заняты (\(message)): пробую снова" : "Заметки недоступны: \(message)"
        }
        return first ? [.buildSearchIndex(notes: [:])] : []
    case .notesReadOnly(let reason):
        state.notes.readOnly = reason
        state.message = "Заметки только для чтения: \(reason)"
        return []
    case .notesMessage(let message):
        state.message = message
        return []
    case .orphanedNotesLoaded(let orphans):
        state.notes.orphans = orphans
        return []
    case .notesVersionChecked(let version):
        state.notes.dataVersion = version
        return []
    case .notesChangedElsewhere(let version, let texts, let revisions):
        state.notes.dataVersion = version
        return state.takeNotesChangedElsewhere(texts: texts, revisions: revisions)
    default:
        return nil
    }
}

private func updateBrowser(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .moveDown(let count): state.move(by: count)
    case .moveUp(let count): state.move(by: -count)
    case .pageDown: state.move(by: state.pageSize)
    case .pageUp: state.move(by: -state.pageSize)
    case .halfPageDown: state.move(by: max(state.pageSize / 2, 1))
    case .halfPageUp: state.move(by: -max(state.pageSize / 2, 1))
    case .top: state.move(by: Int.min / 2)
    case .bottom: state.move(by: Int.max / 2)
    // Sideways, a step is the pane's width less a little overlap: the next cut part.
    case .scrollLeft: if state.focus == .code { state.codeColumn = max(state.codeColumn - state.sidewaysStep, 0) }
    case .scrollRight: if state.focus == .code, !state.codeWraps { state.codeColumn += state.sidewaysStep }
    case .toggleZoom: state.zoomedPane = state.zoomedPane == nil ? state.focus : nil
    case .toggleCodeWrap:
        state.codeWraps.toggle()
        state.codeColumn = 0
        state.message = state.codeWraps ? "Код: длинные строки переносятся (w — прокрутка вбок)" : "Код: прокрутка вбок (w — перенос строк)"
    case .focusNext: state.cycleFocus(by: 1)
    case .focusPrevious: state.cycleFocus(by: -1)
    case .openSelected:
        if state.focus == .list {
            state.focus = .answer
        } else if state.focus == .answer, let block = state.placeholderInView {
            // Enter in the answer opens the example whose placeholder is in view.
            state.selectCodeBlock(block)
            state.refreshCode()
            state.focus = .code
        }
    case .previousCodeBlock: state.selectCodeBlock(state.codeBlockIndex - 1)
    case .nextCodeBlock: state.selectCodeBlock(state.codeBlockIndex + 1)
    case .jumpToSection(let number):
        state.focus = .answer
        state.refreshLayout()
        if let line = state.sectionLine(forKey: number) {
            state.answerScroll = line
        } else {
            state.message = "В этом ответе нет такого раздела"
        }
    case .narrowList: state.preferredListWidth = max(state.preferredListWidth - 4, Layout.narrowestList)
    case .widenList: state.preferredListWidth = min(state.preferredListWidth + 4, Layout.widestList)
    case .toggleHelp: state.overlay = .help(scroll: 0)
    case .openStats: state.overlay = .stats
    case .openTopics:
        let current = state.library.topics.firstIndex(of: state.chapterID) ?? 0
        state.overlay = .topics(selected: current)
    case .copyCodeBlock:
        guard let block = state.currentCodeBlock else {
            state.message = "В этом ответе нет примеров кода"
            return []
        }
        let lines = block.code.split(separator: "\n", omittingEmptySubsequences: false).count
            - (block.code.hasSuffix("\n") ? 1 : 0)
        state.message = "Скопирован пример кода: \(lines) \(russianPlural(lines, "строка", "строки", "строк"))"
        return [.copyToClipboard(block.code)]
    case .click(let point): state.click(at: point)
    case .wheel(let up, let point):
        guard let pane = state.layout.pane(at: point) else { return [] }
        state.scroll(pane, by: up ? -3 : 3)
    default: break
    }
    return []
}

/// Keys while the help or topics window is open; false for actions it leaves to the rest.
private func updateOverlay(_ state: inout AppState, _ overlay: AppState.Overlay, _ action: Action) -> Bool {
    switch (overlay, action) {
    case (_, .dismiss), (.help, .toggleHelp), (.topics, .openTopics), (.stats, .openStats): state.overlay = nil
    case (.help(let scroll), .moveDown(let count)): state.overlay = .help(scroll: scroll + count)
    case (.help(let scroll), .moveUp(let count)): state.overlay = .help(scroll: max(scroll - count, 0))
    case (.help(let scroll), .pageDown): state.overlay = .help(scroll: scroll + state.pageSize)
    case (.help(let scroll), .pageUp): state.overlay = .help(scroll: max(scroll - state.pageSize, 0))
    case (.help, .top): state.overlay = .help(scroll: 0)
    case (.help, .bottom): state.overlay = .help(scroll: Int.max / 2)
    case (.topics(let selected), .moveDown(let count)): state.selectTopic(selected + count)
    case (.topics(let selected), .moveUp(let count)): state.selectTopic(selected - count)
    case (.topics(let selected), .pageDown): state.selectTopic(selected + state.pageSize)
    case (.topics(let selected), .pageUp): state.selectTopic(selected - state.pageSize)
    case (.topics, .top): state.selectTopic(0)
    case (.topics, .bottom): state.selectTopic(state.library.topics.count - 1)
    case (.topics(let selected), .openSelected): state.openChapter(state.library.topics[selected])
    case (.topics, .click(let point)):
        if let row = TopicsView.row(at: point, state: state) { state.openChapter(state.library.topics[row]) }
    case (.help, .click): state.overlay = nil
    // The window takes every other key and click; the runtime's reports go on below it.
    default: return action.isFromReader
    }
    return true
}

/// "1 строка", "2 строки", "5 строк".
func russianPlural(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
    let tens = count % 100, units = count % 10
    if (11...14).contains(tens) { return many }
    if units == 1 { return one }
    if (2...4).contains(units) { return few }
    return many
}

extension AppState {
    /// Rows a page key moves in the focused pane.
    var pageSize: Int { max(layout.content(of: focus).height - 1, 1) }

    /// Moves within the focused pane: the list's selection, or a pane's scroll.
    mutating func move(by delta: Int) {
        switch focus {
        case .list: select(row: selectedRow.clampedAdd(delta))
        case .answer, .code: scroll(focus, by: delta)
        case .notes: break
        }
    }

    mutating func scroll(_ pane: Pane, by delta: Int) {
        switch pane {
        case .list: listTop = listTop.clampedAdd(delta)
        case .answer: answerScroll = answerScroll.clampedAdd(delta)
        case .code: codeScroll = codeScroll.clampedAdd(delta)
        case .notes: break
        }
        clampScrolling()
    }

    /// Selects a question; the answer and code panes follow it.
    mutating func select(row: Int) {
        let clamped = min(max(row, 0), max(listEntries.count - 1, 0))
        guard clamped != selectedRow else { return }
        selectedRow = clamped
        answerScroll = 0
        codeBlockIndex = 0
        codeScroll = 0
        codeColumn = 0
    }

    mutating func selectCodeBlock(_ index: Int) {
        guard !codeBlocks.isEmpty else {
            message = "В этом ответе нет примеров кода"
            return
        }
        codeBlockIndex = min(max(index, 0), codeBlocks.count - 1)
        codeScroll = 0
        codeColumn = 0
    }

    mutating func cycleFocus(by step: Int) {
        let panes = layout.focusablePanes(isEditing: editing != nil)
        let position = panes.firstIndex(of: focus) ?? 0
        focus = panes[(position + step + panes.count) % panes.count]
    }

    mutating func click(at point: Point) {
        let layout = layout
        guard let pane = layout.pane(at: point) else { return }
        focus = pane
        if pane == .notes, var editing {
            // A click in the note puts the cursor there.
            let area = NotesEditorView.textArea(self)
            editing.editor.placeCursor(atCell: Point(x: point.x - area.x, y: point.y - area.y), layout: editing.editor.viewport)
            self.editing = editing
        }
        if pane == .list {
            let rows = listRows
            if rows.contains(point), let entry = listEntry(atRow: point.y - rows.y) { select(row: entry) }
        }
        if pane == .answer {
            // A click on a code example's placeholder opens it in the code pane.
            let content = layout.answerContent
            let line = answerScroll + point.y - content.y
            if content.contains(point), let block = renderedAnswer.codeBlockLines.firstIndex(of: line),
               !renderedAnswer.inlineCodeBlocks.contains(block) {
                selectCodeBlock(block)
                refreshCode()
                focus = .code
            }
        }
    }

    mutating func selectTopic(_ index: Int) {
        overlay = .topics(selected: min(max(index, 0), max(library.topics.count - 1, 0)))
    }

    mutating func openChapter(_ id: String) {
        overlay = nil
        guard id != chapterID else { return }
        chapterID = id
        selectedRow = -1
        select(row: 0)
        listTop = 0
        focus = .list
    }

    /// Keeps every scroll position inside its content and the selection in view.
    mutating func clampScrolling() {
        let layout = layout
        keepSelectionInView()

        let answerHeight = max(layout.answerContent.height, 1)
        answerScroll = min(max(answerScroll, 0), max(renderedAnswer.lines.count - answerHeight, 0))

        let codeHeight = max(layout.content(of: .code).height, 1)
        // Wrapped lines take more rows than they are: the last line may start at the top.
        let lastTop = codeWraps ? codeLines.count - 1 : codeLines.count - codeHeight
        codeScroll = min(max(codeScroll, 0), max(lastTop, 0))
        codeColumn = codeWraps ? 0 : min(max(codeColumn, 0), max(codeWidth - codeTextWidth, 0))
    }
}

extension Int {
    /// Addition that saturates instead of trapping.
    func clampedAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
