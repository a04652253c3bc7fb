import Chapter
import Screen
@testable import Browser

/// Loads the bundled chapter once for every browser test.
enum TestLibrary {
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let bundled: Library = try! LibraryLoader.load(directory: repositoryRoot + "/Content")

    static func state(width: Int, height: Int, theme: Theme = .fallback) -> AppState {
        AppState(library: bundled, theme: theme, size: Size(width: width, height: height))
    }
}

extension AppState {
    /// Applies actions in order, as the runtime would.
    mutating func apply(_ actions: Action...) {
        for action in actions { update(&self, action) }
    }

    /// The rendered screen as text lines.
    var screenLines: [String] { render(self).lines() }
    var screenText: String { screenLines.joined(separator: "\n") }
}
