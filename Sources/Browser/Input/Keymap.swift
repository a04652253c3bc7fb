import Chapter
import Screen
import Search

/// Keys to named actions, with less and vim habits. One table, so help can list it.
public enum Keymap {
    public struct Binding: Sendable {
        public var keys: String
        public var description: String
    }

    /// The action for an input event in the current state, if any.
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .paste(let text):
            if state.overlay == nil && state.focus == .notes && state.editing != nil { return .editNote(.insert(text)) }
            return state.search?.isEditing == true && state.overlay == nil ? .editSearch(.insert(text)) : nil
        case .mouse(let mouse):
            switch mouse.kind {
            case .press(.left): return .click(mouse.position)
            case .press: return nil
            case .wheelUp: return .wheel(up: true, at: mouse.position)
            case .wheelDown: return .wheel(up: false, at: mouse.position)
            }
        case .key(let key, let modifiers):
            if state.overlay == nil, state.editing != nil, state.focus == .notes {
                return editorAction(for: key, modifiers: modifiers)
            }
            if state.overlay == nil, let search = state.search {
                if search.isEditing { return searchLineAction(for: key, modifiers: modifiers) }
                if key == .escape { return .cancelSearch }
            }
            return action(for: key, modifiers: modifiers)
        }
    }

    /// Keys in the note editor, with the habits of nano and micro: text goes in, Esc leaves.
    static func editorAction(for key: Key, modifiers: Modifiers) -> Action? {
        let ctrl = modifiers.contains(.ctrl)
        let command: EditorCommand?
        switch key {
        case .character("s") where ctrl: return .closeEditor
        case .character("c") where ctrl: return .quit
        case .character("z") where ctrl: command = .undo
        case .character("y") where ctrl: command = .redo
        case .character where ctrl: return nil
        case .character where modifiers.contains(.alt): return nil
        case .character(let character): command = .insert(String(character))
        case .enter: command = .newline
        case .backspace: command = .deleteBackward
        case .delete: command = .deleteForward
        case .left: command = ctrl ? .wordLeft : .left
        case .right: command = ctrl ? .wordRight : .right
        case .up: command = .up
        case .down: command = .down
        case .home: command = ctrl ? .documentStart : .lineStart
        case .end: command = ctrl ? .documentEnd : .lineEnd
        case .pageUp: command = .pageUp
        case .pageDown: command = .pageDown
        case .escape: return .closeEditor
        case .tab: return .focusNext
        case .backTab: return .focusPrevious
        default: command = nil
        }
        return command.map(Action.editNote)
    }

    /// Keys while the search line is being edited: text goes into the query.
    static func searchLineAction(for key: Key, modifiers: Modifiers) -> Action? {
        if modifiers.contains(.ctrl) {
            switch key {
            case .character("c"): return .quit
            case .character("w"), .backspace: return .editSearch(.deleteWord)
            case .character("u"): return .cancelSearch
            default: return nil
            }
        }
        switch key {
        case .character(let character): return .editSearch(.insert(String(character)))
        case .backspace: return .editSearch(.deleteBackward)
        case .enter: return .submitSearch
        case .escape: return .cancelSearch
        case .down: return .moveDown(1)
        case .up: return .moveUp(1)
        case .pageDown: return .pageDown
        case .pageUp: return .pageUp
        case .tab: return .submitSearch
        default: return nil
        }
    }

    static func action(for key: Key, modifiers: Modifiers) -> Action? {
        if modifiers.contains(.ctrl) {
            switch key {
            case .character("c"): return .quit
            case .character("d"): return .pageDown
            case .character("u"): return .pageUp
            case .character("f"): return .pageDown
            case .character("b"): return .pageUp
            default: return nil
            }
        }
        switch key {
        case .down, .character("j"): return .moveDown(1)
        case .up, .character("k"): return .moveUp(1)
        case .pageDown, .character(" "), .character("f"): return .pageDown
        case .pageUp, .character("b"): return .pageUp
        case .home, .character("g"): return .top
        case .end, .character("G"): return .bottom
        case .left, .character("h"): return .scrollLeft
        case .right, .character("l"): return .scrollRight
        case .tab: return modifiers.contains(.shift) ? .focusPrevious : .focusNext
        case .backTab: return .focusPrevious
        case .enter: return .openSelected
        case .character("["): return .previousCodeBlock
        case .character("]"): return .nextCodeBlock
        case .character("<"): return .narrowList
        case .character(">"): return .widenList
        case .character("?"), .function(1): return .toggleHelp
        case .character("t"): return .openTopics
        case .escape: return .closeOverlay
        case .character("q"): return .quit
        case .character("/"): return .startSearch
        case .character("n"): return .nextMatch
        case .character("e"): return .openEditor
        case .character("N"): return .previousMatch
        case .character(let character):
            if let digit = character.wholeNumberValue, (1...6).contains(digit) {
                return .jumpToSection(sectionKeys[digit - 1])
            }
            // With the Russian layout on, keys still mean what they do on QWERTY (о is j).
            let latin = KeyboardLayout.switched(String(character))
            if latin != String(character), let key = latin.first, key.isASCII {
                return action(for: .character(key), modifiers: modifiers)
            }
            return nil
        default: return nil
        }
    }

    static let sectionKeys: [Section.Kind] = [.whyAsked, .shortAnswer, .details, .example, .mistakes, .interview]

    /// Every key, for the help screen.
    public static let bindings: [Binding] = [
        Binding(keys: "j k ↓ ↑", description: "вниз / вверх"),
        Binding(keys: "PgDn PgUp Space b", description: "страница вниз / вверх"),
        Binding(keys: "g G Home End", description: "в начало / в конец"),
        Binding(keys: "h l ← →", description: "код: прокрутка вбок"),
        Binding(keys: "Tab Shift-Tab", description: "следующая / предыдущая панель"),
        Binding(keys: "Enter", description: "открыть вопрос"),
        Binding(keys: "[ ]", description: "предыдущий / следующий пример кода"),
        Binding(keys: "1 2 3 4 5 6", description: "разделы: зачем, коротко, разбор, пример, ошибки, интервью"),
        Binding(keys: "< >", description: "сузить / расширить список"),
        Binding(keys: "t", description: "темы (главы)"),
        Binding(keys: "/", description: "поиск по всем вопросам (Enter открыть, Esc весь список)"),
        Binding(keys: "n N", description: "следующее / предыдущее совпадение в ответе"),
        Binding(keys: "e", description: "заметка к вопросу (Esc или Ctrl+S — сохранить и выйти)"),
        Binding(keys: "Ctrl+Z Ctrl+Y", description: "заметка: отменить / повторить"),
        Binding(keys: "Ctrl+← Ctrl+→", description: "заметка: по словам"),
        Binding(keys: "?", description: "эта справка"),
        Binding(keys: "Esc", description: "закрыть окно"),
        Binding(keys: "q", description: "выход"),
        Binding(keys: "мышь", description: "щелчок выбирает, колесо листает"),
    ]
}
