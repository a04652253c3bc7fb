import Browser
import Foundation
import Screen

/// A keystroke in the notes editor on a 10,000-line Cyrillic note at 80 columns (budget ≤ 1 ms
/// CPU): each sample is one command plus drawing the pane (the visible rows into an 80x40 Buffer,
/// blanked first, and the cursor cell). Both the thread's CPU time and wall time are reported: on a shared machine
/// the wall figure's tail is mostly other processes.
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
        report("typing Cyrillic mid-note, a paragraph growing to 1,000 characters",
               keystrokes(&editor, Array(repeating: typing, count: 20).flatMap { $0 }))

        editor = middle
        report("typing Cyrillic mid-note, Enter after each sentence",
               keystrokes(&editor, Array(repeating: typing + [.newline], count: 20).flatMap { $0 }))

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

        // One huge paragraph (a paste without line breaks): every keystroke walks the whole line.
        var paragraph = NoteEditor(text: String(repeating: "корутина отдаёт управление циклу событий, ", count: 500), viewport: viewport)
        paragraph.perform(.documentEnd, layout: viewport)
        for _ in 0..<100 { paragraph.perform(.wordLeft, layout: viewport) }
        report("typing in one 21,000-character paragraph", keystrokes(&paragraph, Array(typing.prefix(20)) + Array(repeating: .up, count: 10) + Array(repeating: .down, count: 10)))

        // A copy of the editor kept elsewhere (an old state) makes the next edit copy the array
        // of lines: what that costs.
        editor = middle
        var copies: [NoteEditor] = []
        let copied = keystrokes(&editor, typing) { copies.append($0) }
        report("typing while a copy of the editor is kept", copied)
        copies.removeAll()

        editor = middle
        let paste = (0..<1_000).map { "вставленная строка \($0)" }.joined(separator: "\n")
        report("paste of 1,000 lines", keystrokes(&editor, Array(repeating: [.insert(paste), .undo], count: 50).flatMap { $0 }))
        // Issue 11: a 6 MB bracketed paste once kept the screen busy 22 s; insertion is linear.
        let bigPaste = (0..<130_000).map { "вставленная строка номер \($0)" }.joined(separator: "\n")
        var empty = NoteEditor(viewport: viewport)
        report("one paste of \(bigPaste.utf8.count / 1_000_000) MB (130,000 lines)", keystrokes(&empty, [.insert(bigPaste)]))
        print("budget: keystroke (update + drawing the pane) ≤ 1 ms CPU")
    }

    /// The editor with the cursor in the middle of the note, as after a page or two of reading.
    private static func middleOf(_ editor: NoteEditor) -> NoteEditor {
        var editor = editor
        for _ in 0..<5_000 { editor.perform(.down, layout: viewport) }
        editor.perform(.lineEnd, layout: viewport)
        editor.perform(.lineEnd, layout: viewport)
        return editor
    }

    struct Samples {
        /// CPU time of the command, the visible rows and the cursor cell: the editor's share.
        var model: [Double] = []
        /// CPU time of the command and drawing the pane into a Buffer (blanked first).
        var frame: [Double] = []
        /// Wall time from the command to the drawn pane (the model's rows counted twice: small).
        var frameWall: [Double] = []
    }

    /// Each command's time, as a frame would spend it: first the model alone, then the drawing.
    private static func keystrokes(
        _ editor: inout NoteEditor, _ commands: [EditorCommand], before: (NoteEditor) -> Void = { _ in }
    ) -> Samples {
        var samples = Samples()
        var buffer = Buffer(width: viewport.width, height: viewport.height)
        var checksum = 0
        for command in commands {
            before(editor)
            let cpuStart = threadCPUSeconds()
            let start = ContinuousClock.now
            editor.perform(command, layout: viewport)
            let cpuPerformed = threadCPUSeconds()
            let rows = editor.visibleLines(viewport: viewport)
            let cell = editor.cursorCell
            let cpuModel = threadCPUSeconds()
            buffer.fill(buffer.area)
            let cursor = editor.draw(into: &buffer, area: buffer.area)  // its own rows and cursor
            let cpuEnd = threadCPUSeconds()
            let end = ContinuousClock.now
            samples.model.append(cpuModel - cpuStart)
            samples.frame.append((cpuPerformed - cpuStart) + (cpuEnd - cpuModel))
            samples.frameWall.append((end - start).seconds)
            checksum += rows.count + cell.x + cursor.y
        }
        precondition(checksum >= 0)
        return samples
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func report(_ label: String, _ samples: Samples) {
        print("\(label):")
        print("    model CPU:           \(Summary(samples.model))")
        print("    model + draw CPU:    \(Summary(samples.frame))")
        print("    model + draw wall:   \(Summary(samples.frameWall))")
    }
}
