import Screen

/// Every key of the program, in one table: the keymap looks actions up in it, and the
/// help window, the status-bar hints and the README's key table are made from it.
public enum KeyBindings {
    public static let all: [KeyBinding] = browsing + overlay + unsavedPrompt + searchLine + editor + noteFind + recall

    private typealias C = KeyChord
    private static let reading: [HintPlace] = [.answer, .code]

    static let browsing: [KeyBinding] = [
        binding(.browsing, .moving, [(C.character("j"), .moveDown(1)), (C.character("k"), .moveUp(1)),
                                     (C(.down), .moveDown(1)), (C(.up), .moveUp(1))],
                help: "вниз / вверх", readme: "move down / up",
                hints: [hint("j/k", "выбор", [.list], order: 1, priority: 6),
                        hint("j/k", "листать", reading, order: 1, priority: 6)]),
        binding(.browsing, .moving, [(C.character(" "), .pageDown), (C.character("b"), .pageUp),
                                     (C(.pageDown), .pageDown), (C(.pageUp), .pageUp),
                                     (C.character("f"), .pageDown), (C.ctrl("f"), .pageDown), (C.ctrl("b"), .pageUp)],
                help: "страница вниз / вверх", readme: "page down / up"),
        binding(.browsing, .moving, [(C.character("d"), .halfPageDown), (C.character("u"), .halfPageUp),
                                     (C.ctrl("d"), .halfPageDown), (C.ctrl("u"), .halfPageUp)],
                help: "полстраницы вниз / вверх", readme: "half a page down / up"),
        binding(.browsing, .moving, [(C.character("g"), .top), (C.character("G"), .bottom),
                                     (C(.home), .top), (C(.end), .bottom)],
                help: "в начало / в конец", readme: "first / last line"),
        binding(.browsing, .panes, [(C(.tab), .focusNext), (C(.backTab), .focusPrevious), (C(.tab, .shift), .focusPrevious)],
                help: "следующая / предыдущая панель; в ответе — по follow-up вопросам, когда они видны",
                readme: "next / previous pane (list, answer, code); in the answer, through its follow-up questions first once they are in view",
                hints: [hint("Tab", "панель", [.list, .answer, .code, .searchResults], order: 5, priority: 4)]),
        binding(.browsing, .panes, [(C(.enter), .openSelected)],
                help: "открыть вопрос; в ответе — куда ведёт follow-up (или искать его), иначе пример кода на экране",
                readme: "open the selected question; in the answer, where the focused follow-up leads (or search for it), else the code example in view",
                hints: [hint("Enter", "открыть", [.list], order: 2, priority: 5)]),
        binding(.browsing, .panes, [(C(.backspace), .historyBack), (C.alt(.left), .historyBack), (C.ctrl("o"), .historyBack)],
                help: "назад: туда, откуда был переход", readme: "back to where the last jump left (follow-up, search result, topic, section)"),
        binding(.browsing, .panes, [(C.alt(.right), .historyForward)],
                help: "вперёд по переходам", readme: "forward again (`Ctrl+I` is `Tab` to a terminal, so it is not bound)"),
        binding(.browsing, .panes, [(C.character("<"), .narrowList), (C.character(">"), .widenList)],
                help: "сузить / расширить список", readme: "narrow / widen the list"),
        binding(.browsing, .answer, [(C.character("1"), .jumpToSection(1)), (C.character("2"), .jumpToSection(2)),
                                     (C.character("3"), .jumpToSection(3)), (C.character("4"), .jumpToSection(4)),
                                     (C.character("5"), .jumpToSection(5)), (C.character("6"), .jumpToSection(6))],
                help: "разделы: зачем, коротко, разбор, пример, ошибки, интервью",
                readme: "jump to a section: why, short answer, details, example, mistakes, interview",
                hints: [hint("1-6", "разделы", [.answer], order: 2, priority: 3)]),
        binding(.browsing, .answer, [(C.character("["), .previousCodeBlock), (C.character("]"), .nextCodeBlock)],
                help: "предыдущий / следующий пример кода", readme: "previous / next code example",
                hints: [hint("[/]", "блок", [.code], order: 3, priority: 2)]),
        binding(.browsing, .answer, [(C.character("h"), .scrollLeft), (C.character("l"), .scrollRight),
                                     (C(.left), .scrollLeft), (C(.right), .scrollRight)],
                help: "код: прокрутка вбок", readme: "scroll the code sideways",
                hints: [hint("h/l", "вбок", [.code], order: 2, priority: 3)]),
        binding(.browsing, .answer, [(C.character("w"), .toggleCodeWrap)],
                help: "код: переносить длинные строки / прокручивать вбок", readme: "wrap long code lines, or scroll them sideways",
                hints: [hint("w", "перенос", [.code], order: 3, priority: 1)]),
        binding(.browsing, .panes, [(C.character("z"), .toggleZoom)],
                help: "панель во весь экран / обратно", readme: "zoom the focused pane to the whole screen and back"),
        binding(.browsing, .answer, [(C.character("y"), .copyCodeBlock)],
                help: "скопировать пример кода", readme: "copy the code example (OSC 52)"),
        binding(.browsing, .answer, [(C.character("Y"), .copyQuestion)],
                help: "скопировать вопрос и короткий ответ", readme: "copy the question's title and short answer"),
        binding(.browsing, .windows, [(C.character("x"), .exportList)],
                help: "выгрузить список (главу или найденное) шпаргалкой в текущую папку",
                readme: "export the list (the chapter, or the search results) as a Markdown study sheet in the working directory"),
        binding(.browsing, .search, [(C.character("/"), .startSearch)],
                help: "поиск по всем вопросам (Enter открыть, Esc весь список)",
                readme: "search every question; `Enter` opens a result, `Esc` the full list",
                hints: [hint("/", "поиск", [.searchResults], order: 2, priority: 3)]),
        binding(.browsing, .search, [(C.character("n"), .nextMatch), (C.character("N"), .previousMatch)],
                help: "следующее / предыдущее совпадение в ответе", readme: "next / previous match in the answer",
                hints: [hint("n/N", "совпадения", [.searchResults], order: 1, priority: 5)]),
        binding(.browsing, .notes, [(C.character("E"), .openOutsideEditor)],
                help: "заметка во внешнем редакторе ($VISUAL, $EDITOR)", readme: "edit the note in your own editor ($VISUAL, $EDITOR)"),
        binding(.browsing, .notes, [(C.character("e"), .openEditor)],
                help: "заметка к вопросу", readme: "edit the question's note",
                hints: [hint("e", "заметка", reading, order: 4, priority: 2)]),
        binding(.browsing, .study, [(C.character("r"), .startRecall(.chapter))],
                help: "повторение: вспомнить ответы главы", readme: "recall: quiz yourself on the open chapter",
                hints: [hint("r", "повторить", [.list], order: 4, priority: 3)]),
        binding(.browsing, .study, [(C.character("i"), .startRecall(.interview))],
                help: "собеседование: случайные вопросы, время на ответ, уточняющие вопросы",
                readme: "mock interview: random questions, a clock per answer, the follow-ups after"),
        binding(.browsing, .study, [(C.character("S"), .openStats)],
                help: "графики: повторения на 30 дней, прогресс по главам",
                readme: "charts: reviews due in the next 30 days, progress per chapter"),
        binding(.browsing, .study, [(C.character("R"), .chooseRecallScope)],
                help: "повторение: выбрать вопросы (глава, к повтору, новые, слабые, всё, поиск)",
                readme: "recall: choose the questions (chapter, due, new, weakest, library, search results)"),
        binding(.browsing, .windows, [(C.character("t"), .openTopics)],
                help: "темы (главы)", readme: "the topics (chapters)",
                hints: [hint("t", "темы", [.list], order: 6, priority: 2)]),
        binding(.browsing, .answer, [(C.character("o"), .openLinks)],
                help: "ссылки ответа (Enter или цифра открывает; щелчок по ссылке тоже)",
                readme: "the answer's links: `Enter` or a digit opens one (inside Sobes, or the web with `xdg-open`/`$BROWSER`); a click on a link too",
                hints: [hint("o", "ссылки", [.answer], order: 5, priority: 1)]),
        binding(.browsing, .windows, [(C.character("m"), .toggleBookmark)],
                help: "закладка на вопрос / снять", readme: "bookmark the open question, or take the mark away"),
        binding(.browsing, .windows, [(C.character("'"), .openBookmarks)],
                help: "закладки (Enter открывает)", readme: "the bookmarks; `Enter` opens one"),
        binding(.browsing, .windows, [(C.character("?"), .toggleHelp), (C(.function(1)), .toggleHelp)],
                help: "эта справка", readme: "every key",
                hints: [hint("?", "справка", [.list, .answer, .code], order: 7, priority: 1)]),
        binding(.browsing, .windows, [(C(.escape), .dismiss)],
                help: "закрыть окно, выйти из поиска", readme: "close a window, leave the search results",
                hints: [hint("Esc", "весь список", [.searchResults], order: 3, priority: 4)]),
        binding(.browsing, .search, [(C.character("."), .startSearch), (C.character(","), .toggleHelp)],
                help: "с русской раскладкой: поиск и справка (клавиши / и ?)",
                readme: "search and help with the Russian layout on (where `/` and `?` are)"),
        binding(.browsing, .program, [(C.ctrl("l"), .redraw)],
                help: "перерисовать экран", readme: "redraw the screen"),
        binding(.browsing, .program, [(C.ctrl("z"), .suspend)],
                help: "в фон (fg вернёт)", readme: "suspend (fg brings it back)"),
        binding(.browsing, .program, [(C.character("q"), .quit), (C.ctrl("c"), .quit)],
                help: "выход", readme: "quit",
                hints: [hint("q", "выход", [.list, .answer, .code, .searchResults], order: 9, priority: 7)]),
    ]

    static let overlay: [KeyBinding] = [
        binding(.overlay, .windows, [(C.character("j"), .moveDown(1)), (C.character("k"), .moveUp(1)),
                                     (C(.down), .moveDown(1)), (C(.up), .moveUp(1)),
                                     (C.character(" "), .pageDown), (C.character("b"), .pageUp),
                                     (C(.pageDown), .pageDown), (C(.pageUp), .pageUp),
                                     (C.character("g"), .top), (C.character("G"), .bottom),
                                     (C(.home), .top), (C(.end), .bottom)],
                help: "окно: вниз, вверх, страницы, начало, конец", readme: "move, page, first, last",
                hints: [hint("j/k", "листать", [.window], order: 1, priority: 3)]),
        binding(.overlay, .windows, [(C(.enter), .openSelected)],
                help: "окно тем: открыть главу", readme: "the topics: open the chapter"),
        binding(.overlay, .windows, (1...9).map { (C.character(Character(String($0))), Action.openLink($0)) },
                help: "окно ссылок: открыть ссылку с этим номером", readme: "the links: open the link of that number"),
        binding(.overlay, .windows, [(C.character("m"), .toggleBookmark)],
                help: "окно закладок: снять выбранную", readme: "the bookmarks: take the selected mark away"),
        binding(.overlay, .windows, [(C.character("o"), .openLinks), (C.character("'"), .openBookmarks)],
                help: "закрыть окно ссылок / закладок", readme: "close the links / the bookmarks"),
        binding(.overlay, .windows, [(C(.escape), .dismiss), (C.character("q"), .dismiss),
                                     (C.character("?"), .toggleHelp), (C(.function(1)), .toggleHelp),
                                     (C.character("t"), .openTopics)],
                help: "закрыть окно", readme: "close the window",
                hints: [hint("Esc/q", "закрыть", [.window], order: 2, priority: 4)]),
        binding(.overlay, .program, [(C.ctrl("c"), .quit)], help: "выход", readme: "quit",
                hints: [hint("Ctrl+C", "выход", [.window], order: 3, priority: 2)]),
    ]

    static let unsavedPrompt: [KeyBinding] = [
        binding(.unsavedPrompt, .notes, [(C.character("r"), .retrySave)],
                help: "несохранённая заметка при выходе: сохранить ещё раз", readme: "save again",
                hints: [hint("r", "ещё раз", [.prompt], order: 1, priority: 4)]),
        binding(.unsavedPrompt, .notes, [(C.character("f"), .writeUnsavedToFile)],
                help: "несохранённая заметка при выходе: записать в файл и выйти",
                readme: "write the text to a file (`sobes notes import` takes it back) and quit",
                hints: [hint("f", "в файл", [.prompt], order: 2, priority: 3)]),
        binding(.unsavedPrompt, .notes, [(C.character("d"), .discardUnsaved)],
                help: "несохранённая заметка при выходе: выбросить текст и выйти", readme: "discard the text and quit",
                hints: [hint("d", "выбросить", [.prompt], order: 3, priority: 2)]),
        binding(.unsavedPrompt, .notes, [(C(.escape), .dismiss), (C(.enter), .dismiss)],
                help: "несохранённая заметка при выходе: остаться в программе", readme: "stay in the program (the text is kept)",
                hints: [hint("Esc", "остаться", [.prompt], order: 4, priority: 5)]),
    ]

    static let searchLine: [KeyBinding] = [
        binding(.searchLine, .search, [(C(.enter), .submitSearch), (C(.tab), .submitSearch)],
                help: "строка поиска: к результатам", readme: "go to the results",
                hints: [hint("Enter", "открыть", [.searchLine], order: 1, priority: 3)]),
        binding(.searchLine, .search, [(C(.down), .moveDown(1)), (C(.up), .moveUp(1)),
                                       (C(.pageDown), .pageDown), (C(.pageUp), .pageUp)],
                help: "строка поиска: выбор результата", readme: "choose a result",
                hints: [hint("↑/↓", "выбор", [.searchLine], order: 2, priority: 2)]),
        binding(.searchLine, .search, [(C(.backspace), .editSearch(.deleteBackward)), (C(.delete), .editSearch(.deleteForward)),
                                       (C.ctrl("w"), .editSearch(.deleteWord)), (C.alt(.backspace), .editSearch(.deleteWord)),
                                       (C.ctrl(.backspace), .editSearch(.deleteWord)), (C.ctrl("u"), .editSearch(.clear))],
                help: "строка поиска: стереть букву, слово, всё до курсора",
                readme: "delete a letter, the next letter, a word, everything before the cursor"),
        binding(.searchLine, .search, [(C(.left), .editSearch(.left)), (C(.right), .editSearch(.right)),
                                       (C.alt(.character("b")), .editSearch(.wordLeft)), (C.alt(.character("f")), .editSearch(.wordRight)),
                                       (C.ctrl(.left), .editSearch(.wordLeft)), (C.ctrl(.right), .editSearch(.wordRight)),
                                       (C.ctrl("a"), .editSearch(.lineStart)), (C.ctrl("e"), .editSearch(.lineEnd)),
                                       (C(.home), .editSearch(.lineStart)), (C(.end), .editSearch(.lineEnd))],
                help: "строка поиска: курсор по буквам, словам, в начало, в конец",
                readme: "move the cursor by letters, words, to the start, to the end"),
        binding(.searchLine, .search, [(C(.escape), .cancelSearch)],
                help: "строка поиска: весь список", readme: "back to the full list",
                hints: [hint("Esc", "весь список", [.searchLine], order: 3, priority: 4)]),
        binding(.searchLine, .program, [(C.ctrl("c"), .quit)], help: "выход", readme: "quit"),
    ]

    static let recall: [KeyBinding] = [
        binding(.recall, .study, [(C.character(" "), .revealAnswer)],
                help: "повторение: короткий ответ, ещё раз — подробный", readme: "show the short answer, again for the full answer",
                hints: [hint("Пробел", "ответ", [.recall], order: 1, priority: 5)]),
        binding(.recall, .study, [(C.character("1"), .grade(.again)), (C.character("2"), .grade(.hard)),
                                  (C.character("3"), .grade(.good)), (C.character("4"), .grade(.easy))],
                help: "повторение: оценка — 1 снова, 2 трудно, 3 хорошо, 4 легко",
                readme: "grade the answer: again, hard, good, easy (the next question follows)",
                hints: [hint("1-4", "оценка", [.recall], order: 2, priority: 4)]),
        binding(.recall, .study, [(C.character("j"), .moveDown(1)), (C.character("k"), .moveUp(1)),
                                  (C(.down), .moveDown(1)), (C(.up), .moveUp(1)),
                                  (C(.pageDown), .pageDown), (C(.pageUp), .pageUp)],
                help: "повторение: прокрутить ответ", readme: "scroll the answer"),
        binding(.recall, .study, [(C.character("e"), .openEditor)],
                help: "повторение: набрать свой ответ (сохранится черновиком в заметке)",
                readme: "type your answer (kept as a draft in the note)",
                hints: [hint("e", "набрать ответ", [.recall], order: 2, priority: 2)]),
        binding(.recall, .study, [(C.character("f"), .drillFollowUps)],
                help: "повторение: уточняющие вопросы этого ответа — следующими",
                readme: "ask next the questions that answer this one's follow-ups"),
        binding(.recall, .study, [(C(.escape), .endRecall), (C.character("q"), .endRecall)],
                help: "повторение: закончить (итоги), ещё раз — к списку", readme: "end the session (a summary), again to go back",
                hints: [hint("Esc", "итоги", [.recall], order: 3, priority: 3)]),
        binding(.recall, .windows, [(C.character("?"), .toggleHelp), (C(.function(1)), .toggleHelp)],
                help: "эта справка", readme: "every key"),
        binding(.recall, .program, [(C.ctrl("c"), .quit)], help: "выход (оценки уже записаны)", readme: "quit (every grade is already written)",
                hints: [hint("Ctrl+C", "выход", [.recall], order: 4, priority: 1)]),
    ]

    static let editor: [KeyBinding] = [
        binding(.editor, .notes, [(C(.escape), .closeEditor), (C.ctrl("s"), .closeEditor)],
                help: "заметка: сохранить и выйти", readme: "save and leave",
                hints: [hint("Esc/Ctrl+S", "сохранить и выйти", [.editor], order: 1, priority: 5)]),
        binding(.editor, .notes, [(C.ctrl("o"), .saveNote), (C.ctrl("x"), .closeEditor)],
                help: "заметка: сохранить / сохранить и выйти (как в nano)", readme: "save / save and leave (as in nano)"),
        binding(.editor, .notes, [(C.ctrl("w"), .findInNote)],
                help: "заметка: найти в тексте (как в nano; Enter — следующее)",
                readme: "find in the note (nano's Where Is): a prompt on the bottom row, the last text offered again",
                hints: [hint("Ctrl+W", "найти", [.editor], order: 4, priority: 1)]),
        binding(.editor, .notes, [(C.ctrl("k"), .editNote(.cutLine)), (C.ctrl("u"), .editNote(.pasteCut))],
                help: "заметка: вырезать строку / вставить вырезанное", readme: "cut the line / paste what was cut (as in nano)"),
        binding(.editor, .notes, [(C.ctrl("z"), .editNote(.undo)), (C.ctrl("y"), .editNote(.redo))],
                help: "заметка: отменить / повторить", readme: "undo / redo",
                hints: [hint("Ctrl+Z/Y", "отмена/повтор", [.editor], order: 2, priority: 3)]),
        binding(.editor, .notes, [(C(.left), .editNote(.left)), (C(.right), .editNote(.right)),
                                  (C(.up), .editNote(.up)), (C(.down), .editNote(.down)),
                                  (C(.home), .editNote(.lineStart)), (C(.end), .editNote(.lineEnd)),
                                  (C.ctrl("a"), .editNote(.lineStart)), (C.ctrl("e"), .editNote(.lineEnd)),
                                  (C(.pageUp), .editNote(.pageUp)), (C(.pageDown), .editNote(.pageDown))],
                help: "заметка: курсор", readme: "move the cursor"),
        binding(.editor, .notes, [(C.ctrl(.left), .editNote(.wordLeft)), (C.ctrl(.right), .editNote(.wordRight)),
                                  (C.ctrl(.home), .editNote(.documentStart)), (C.ctrl(.end), .editNote(.documentEnd))],
                help: "заметка: по словам, в начало, в конец", readme: "by words, to the start, to the end"),
        binding(.editor, .notes, [(C(.enter), .editNote(.newline)), (C(.backspace), .editNote(.deleteBackward)),
                                  (C(.delete), .editNote(.deleteForward))],
                help: "заметка: новая строка, стереть", readme: "new line, delete"),
        binding(.editor, .panes, [(C(.tab), .focusNext), (C(.backTab), .focusPrevious)],
                help: "заметка: к другой панели (заметка остаётся открытой)", readme: "from the note to another pane (it stays open)",
                hints: [hint("Tab", "панель", [.editor], order: 3, priority: 2)]),
        binding(.editor, .program, [(C.ctrl("c"), .quit)], help: "выход (заметка сохраняется)", readme: "quit (the note is saved)"),
    ]

    static let noteFind: [KeyBinding] = [
        binding(.noteFind, .notes, [(C(.enter), .findNextInNote), (C.ctrl("w"), .findNextInNote)],
                help: "поиск в заметке: к следующему совпадению (после последнего — с начала), без регистра, ё как е",
                readme: "go to the next match (after the last, from the note's start); case and ё/е do not matter",
                hints: [hint("Enter", "следующее", [.noteFind], order: 1, priority: 4)]),
        binding(.noteFind, .notes, [(C(.escape), .cancelNoteFind)],
                help: "поиск в заметке: закрыть, курсор остаётся у совпадения", readme: "close the prompt; the cursor stays at the match",
                hints: [hint("Esc", "закрыть", [.noteFind], order: 2, priority: 5)]),
        binding(.noteFind, .notes, [(C(.backspace), .editNoteFind(.deleteBackward)), (C(.delete), .editNoteFind(.deleteForward)),
                                    (C.alt(.backspace), .editNoteFind(.deleteWord)), (C.ctrl(.backspace), .editNoteFind(.deleteWord)),
                                    (C.ctrl("u"), .editNoteFind(.clear))],
                help: "поиск в заметке: стереть букву, слово, всё до курсора",
                readme: "delete a letter, the next letter, a word, everything before the cursor"),
        binding(.noteFind, .notes, [(C(.left), .editNoteFind(.left)), (C(.right), .editNoteFind(.right)),
                                    (C(.home), .editNoteFind(.lineStart)), (C(.end), .editNoteFind(.lineEnd)),
                                    (C.ctrl("a"), .editNoteFind(.lineStart)), (C.ctrl("e"), .editNoteFind(.lineEnd))],
                help: "поиск в заметке: курсор в тексте поиска", readme: "move the cursor in the text searched for"),
        binding(.noteFind, .program, [(C.ctrl("c"), .quit)], help: "выход (заметка сохраняется)", readme: "quit (the note is saved)"),
    ]

    private static func binding(_ context: KeyBinding.Context, _ group: KeyBinding.Group,
                                _ chords: [(KeyChord, Action)], help: String, readme: String,
                                hints: [KeyBinding.Hint] = []) -> KeyBinding {
        KeyBinding(context: context, group: group, chords: chords.map { KeyBinding.Chord(chord: $0.0, action: $0.1) },
                   help: help, readme: readme, hints: hints)
    }

    private static func hint(_ keys: String, _ words: String, _ places: [HintPlace],
                             order: Int, priority: Int) -> KeyBinding.Hint {
        KeyBinding.Hint(keys: keys, words: words, places: places, order: order, priority: priority)
    }

    /// The action of a chord in a context, looked up in O(1).
    static func action(for chord: KeyChord, in context: KeyBinding.Context) -> Action? {
        lookup[context.tableIndex][chord]
    }

    /// One table of chords for each context, at `Context.tableIndex`: an array, not a
    /// dictionary keyed by context, which would hash the context's raw string on each key.
    private static let lookup: [[KeyChord: Action]] = {
        var sizes = Array(repeating: 0, count: KeyBinding.Context.allCases.count)
        for binding in all { sizes[binding.context.tableIndex] += binding.chords.count }
        // Each table made as large as it will be: growing one rehashes every chord.
        var table = sizes.map { [KeyChord: Action](minimumCapacity: $0) }
        for binding in all {
            for chord in binding.chords where table[binding.context.tableIndex][chord.chord] == nil {
                table[binding.context.tableIndex][chord.chord] = chord.action
            }
        }
        return table
    }()

    /// The README's key table, as the README must have it.
    public static func readmeTable() -> String {
        var lines = ["| where | keys | what |", "|---|---|---|"]
        for binding in all {
            let keys = binding.keyNames.map { "`\($0)`" }.joined(separator: " ")
            lines.append("| \(binding.context.readmeName) | \(keys) | \(binding.readme) |")
        }
        return lines.joined(separator: "\n")
    }
}

private extension KeyBinding.Context {
    /// Where the context's table is in `KeyBindings.lookup`: a number of its own, below `allCases.count`.
    var tableIndex: Int {
        switch self {
        case .browsing: return 0
        case .overlay: return 1
        case .unsavedPrompt: return 2
        case .searchLine: return 3
        case .editor: return 4
        case .noteFind: return 5
        case .recall: return 6
        }
    }
}
