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

    static func state(width: Int, height: Int, theme: Theme = .fallback) -> AppState {
        AppState(library: bundled, theme: theme, size: Size(width: width, height: height))
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
                    effects += update(&self, .searchFinished(generation: generation, results: TestLibrary.index.search(text)))
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

    /// The rendered screen as text lines.
    var screenLines: [String] { render(self).lines() }
    var screenText: String { screenLines.joined(separator: "\n") }
}
