/// One line of the binding table: the chords of one context that do one thing, with the
/// words the help window, the status bar and the README say about them.
public struct KeyBinding: Sendable {
    /// Which keys a mode listens to (see `Mode`).
    public enum Context: String, CaseIterable, Sendable {
        case browsing, overlay, unsavedPrompt, searchLine, editor, noteFind, recall

        /// The README's words for it.
        public var readmeName: String {
            switch self {
            case .browsing: return "reading"
            case .overlay: return "help, topics"
            case .unsavedPrompt: return "quitting with an unsaved note"
            case .searchLine: return "search line"
            case .editor: return "note editor"
            case .noteFind: return "find in the note"
            case .recall: return "recall session"
            }
        }
    }

    /// The help window's headings, in order.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Движение"
        case panes = "Панели"
        case answer = "Ответ и код"
        case search = "Поиск"
        case notes = "Заметка"
        case study = "Повторение"
        case windows = "Окна"
        case program = "Программа"
    }

    public struct Chord: Sendable {
        public var chord: KeyChord
        public var action: Action
    }

    /// A status-bar hint: short keys and words, shown where the reader is.
    public struct Hint: Sendable {
        public var keys: String
        public var words: String
        public var places: [HintPlace]
        /// Left to right.
        public var order: Int
        /// When the bar is too narrow, hints of lower priority go first.
        public var priority: Int
    }

    public var context: Context
    public var group: Group
    public var chords: [Chord]
    /// What the help window says (in the program's language).
    public var help: String
    /// What the README's key table says.
    public var readme: String
    public var hints: [Hint]

    /// The keys' names, each once, in the table's order.
    public var keyNames: [String] {
        var seen = Set<String>()
        return chords.map(\.chord.name).filter { seen.insert($0).inserted }
    }

    /// The keys as help writes them: `j k ↓ ↑`.
    public var label: String { keyNames.joined(separator: " ") }
}

/// Where the reader is, for the status bar's hints. Numbered from 0 in order: the bar keeps
/// each place's hints at its number (no dictionary of a new key type before the first frame,
/// which costs the Swift runtime a scan of every protocol conformance).
public enum HintPlace: Int, CaseIterable, Sendable {
    case list, answer, code, editor, searchLine, searchResults
    /// The note editor's find prompt.
    case noteFind
    /// The help or topics window.
    case window
    /// The unsaved-notes prompt.
    case prompt
    /// A recall session.
    case recall
}
