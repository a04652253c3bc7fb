import Chapter
import Screen
import Search

/// Input events to actions: the binding table of the current mode, then what that mode
/// does with a key the table does not name (text goes into the note or the query).
public enum Keymap {
    /// The action for an input event in the current state, if any.
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        let mode = state.mode
        switch event {
        case .resize(let size): return .resize(size)
        case .paste(let text):
            switch mode {
            case .editingNote: return .editNote(.insert(text))
            case .findingInNote: return .editNoteFind(.insert(text))
            case .typingSearch: return .editSearch(.insert(text))
            case .overlay, .browsing, .recall: return nil
            }
        case .mouse(let mouse):
            switch mouse.kind {
            case .press(.left): return .click(mouse.position)
            case .press: return nil
            case .motion: return .dragMouse(mouse.position)
            case .release(.left): return .releaseMouse(mouse.position)
            case .release: return nil
            case .wheelUp: return .wheel(up: true, at: mouse.position)
            case .wheelDown: return .wheel(up: false, at: mouse.position)
            }
        case .key(let key, let modifiers):
            return action(for: KeyChord(key, modifiers), in: mode)
        }
    }

    static func action(for chord: KeyChord, in mode: Mode) -> Action? {
        let context = mode.keyContext
        if let action = KeyBindings.action(for: chord, in: context) { return action }
        guard case .character(let character) = chord.key, chord.modifiers.isDisjoint(with: [.ctrl, .alt]) else {
            return nil
        }
        switch context {
        case .editor: return .editNote(.insert(String(character)))
        case .noteFind: return .editNoteFind(.insert(String(character)))
        case .searchLine: return .editSearch(.insert(String(character)))
        case .unsavedPrompt:
            return nil
        case .browsing, .overlay, .recall:
            // With the Russian layout on, keys still mean what they do on QWERTY (о is j).
            let latin = KeyboardLayout.switched(String(character))
            guard latin != String(character), let key = latin.first, key.isASCII else { return nil }
            return KeyBindings.action(for: KeyChord(.character(key), chord.modifiers), in: context)
        }
    }
}

extension Mode {
    /// The part of the binding table this mode listens to.
    var keyContext: KeyBinding.Context {
        switch self {
        case .overlay(.unsavedOnQuit): return .unsavedPrompt
        case .overlay: return .overlay
        case .editingNote: return .editor
        case .findingInNote: return .noteFind
        case .typingSearch: return .searchLine
        case .browsing: return .browsing
        case .recall: return .recall
        }
    }
}
