import Browser
import Screen

/// A keystroke in the notes editor on a 10,000-line Cyrillic note at 80 columns (budget ≤ 1 ms):
/// each sample is one command plus what a frame needs from the model (the visible rows and the
/// cursor cell).
enum EditorBenchmarks {
    static let viewport = EditorViewport(width: 80, height: 40)

    static func run(_ context: BenchmarkContext) throws {
        // Lines of 20 to 200 characters, so a good share of them wrap at 80 columns.
        let words = ["корутина", "цикл", "событий", "await", "задача", "отмена", "gather", "очередь", "поток", "таймаут"]
        let text = (0..<10_000).map { number in
            (0..<(3 + number % 25)).map { words[($0 * 7 + number) % words.count] }.joined(separator: " ")
        }.joined(separator: "\n")
        print("note: 10,000 lines, \(text.utf8.count / 1024) KB, viewport \(viewport.width)x\(viewport.height)")

        let openSamples = context.measure(iterations: 20) { _ = NoteEditor(text: text, viewport: viewport) }
        print("open (split into lines): \(Summary(openSamples))")
        let middle = middleOf(NoteEditor(text: text, viewport: viewport))
        let joinSamples = context.measure(iterations: 20) { _ = middle.text }
        print("join for saving: \(Summary(joinSamples))")

        var editor = middle
        let typing = "Заметка: не забыть про отмену задач и таймауты. ".map { EditorCommand.insert(String($0)) }
        report("typing Cyrillic mid-note", keystrokes(&editor, Array(repeating: typing, count: 20).flatMap { $0 }))

        editor = middle
        let enterAndBack: [EditorCommand] = Array(repeating: [.newline, .deleteBackward], count: 300).flatMap { $0 }
        report("Enter / Backspace (split and join lines)", keystrokes(&editor, enterAndBack))

        editor = middle
        let moves: [EditorCommand] = [.down, .down, .right, .wordRight, .wordRight, .up, .lineEnd, .lineStart, .wordLeft, .left]
        report("moving (arrows, words, Home/End)", keystrokes(&editor, Array(repeating: moves, count: 100).flatMap { $0 }))

        editor = middle
        report("page down", keystrokes(&editor, Array(repeating: .pageDown, count: 200)))
        report("page up", keystrokes(&editor, Array(repeating: .pageUp, count: 200)))
        report("document end / start", keystrokes(&editor, Array(repeating: [.documentEnd, .documentStart], count: 100).flatMap { $0 }))

        // Many undo steps: a word typed, then a move (which closes the typing group).
        editor = middle
        let word = "слово ".map { EditorCommand.insert(String($0)) } + [.down]
        _ = keystrokes(&editor, Array(repeating: word, count: 500).flatMap { $0 })
        report("undo (one typed word each)", keystrokes(&editor, Array(repeating: .undo, count: 500)))
        report("redo (one typed word each)", keystrokes(&editor, Array(repeating: .redo, count: 500)))

        editor = middle
        let paste = (0..<1_000).map { "вставленная строка \($0)" }.joined(separator: "\n")
        report("paste of 1,000 lines", keystrokes(&editor, Array(repeating: [.insert(paste), .undo], count: 50).flatMap { $0 }))
        print("budget: keystroke (update + visible rows + cursor) ≤ 1 ms")
    }

    /// The editor with the cursor in the middle of the note, as after a page or two of reading.
    private static func middleOf(_ editor: NoteEditor) -> NoteEditor {
        var editor = editor
        for _ in 0..<5_000 { editor.perform(.down, layout: viewport) }
        editor.perform(.lineEnd, layout: viewport)
        editor.perform(.lineEnd, layout: viewport)
        return editor
    }

    /// Each command's time: the command itself and producing the frame's rows and cursor cell.
    private static func keystrokes(_ editor: inout NoteEditor, _ commands: [EditorCommand]) -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(commands.count)
        var rowsDrawn = 0
        for command in commands {
            let start = ContinuousClock.now
            editor.perform(command, layout: viewport)
            let rows = editor.visibleLines(viewport: viewport)
            let cell = editor.cursorCell
            samples.append((ContinuousClock.now - start).seconds)
            rowsDrawn += rows.count + cell.x % 2
        }
        precondition(rowsDrawn > 0)
        return samples
    }

    private static func report(_ label: String, _ samples: [Double]) {
        print("\(label): \(Summary(samples))")
    }
}
