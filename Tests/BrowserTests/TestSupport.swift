import Chapter
import Screen
import Search
@testable import Browser

/// Loads the bundled chapter once for every browser test.
enum TestLibrary {
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let bundled: Library = try! LibraryLoader.load(directory: repositoryRoot + "/Content")
    static let index = SearchIndex(library: bundled)

    /// The browser as the reader finds it once the notes are read (there are none).
    static func state(width: Int, height: Int, theme: Theme = .fallback) -> AppState {
        var state = AppState(library: bundled, theme: theme, size: Size(width: width, height: height))
        state.notes.isLoaded = true
        return state
    }
}

extension AppState {
    /// Applies actions in order, performing their effects at once as the runtime would.
    mutating func apply(_ actions: Action...) {
        for action in actions {
            var effects = update(&self, action)
            while !effects.isEmpty {
                switch effects.removeFirst() {
                case .search(let text, let generation):
                    effects += update(&self, .searchFinished(generation: generation, results: TestLibrary.index.search(text, prefixLastWord: true)))
                default:
                    break  // storage and waking are the runtime's; NoteEditingTests answer saves themselves
                }
            }
        }
    }

    /// Types text into whatever takes keys now, one key at a time.
    mutating func type(_ text: String) {
        for character in text {
            if let action = Keymap.action(for: .character(character), in: self) { apply(action) }
        }
    }

    /// A point on the first row the list draws an entry (0-based) on.
    func rowPoint(ofEntry index: Int) -> Point {
        let entry = listLayout().first { $0.index == index }!
        return Point(x: listRows.x + 2, y: listRows.y + entry.row)
    }

    /// The rendered screen as text lines.
    var screenLines: [String] { render(self).lines() }
    var screenText: String { screenLines.joined(separator: "\n") }
}
