import Screen
@testable import Browser

/// Builds editors and drives them with commands in one viewport.
struct EditorHarness {
    var editor: NoteEditor
    var viewport: EditorViewport

    init(_ text: String = "", width: Int = 80, height: Int = 24) {
        viewport = EditorViewport(width: width, height: height)
        editor = NoteEditor(text: text, viewport: viewport)
    }

    mutating func perform(_ commands: EditorCommand...) {
        for command in commands { editor.perform(command, layout: viewport) }
    }

    mutating func perform(_ command: EditorCommand, times: Int) {
        for _ in 0..<times { editor.perform(command, layout: viewport) }
    }

    /// Types `text` one character at a time, as keystrokes arrive.
    mutating func type(_ text: String) {
        for character in text { editor.perform(.insert(String(character)), layout: viewport) }
    }

    var text: String { editor.text }
    var cursor: EditorPosition { editor.cursor }
    var cell: Point { editor.cursorCell }
    var rows: [String] { editor.visibleLines(viewport: viewport).map(\.text) }

    static func at(_ line: Int, _ grapheme: Int) -> EditorPosition {
        EditorPosition(line: line, grapheme: grapheme)
    }
}
