import Foundation
import Screen

/// The per-keystroke drawing cost at 200x60: rendering wrapped Cyrillic text into a Buffer and
/// finding the cells that changed (what the Curses backend then sends). Budget for a whole
/// keystroke (update + render + flush): 1 ms CPU.
enum ScreenBenchmarks {
    static let size = Size(width: 200, height: 60)

    static func run(_ context: BenchmarkContext) throws {
        let text = try chapterText()
        let bodyWidth = 140
        let spans = styledParagraphs(text)
        let lines = wrap(spans, width: bodyWidth)
        print("chapter: \(text.utf8.count) bytes, \(lines.count) lines at width \(bodyWidth)")

        let wrapSamples = context.measure(iterations: 20) {
            _ = wrap(spans, width: bodyWidth)
        }
        print("wrap the whole chapter (\(spans.count) styled spans) at width \(bodyWidth): \(Summary(wrapSamples))")
        // One question's worth (the chapter has 10): what opening a question or resizing costs.
        let question = Array(spans.prefix(spans.count / 10))
        let questionBytes = question.reduce(0) { $0 + $1.text.utf8.count }
        let questionSamples = context.measure(iterations: 100) {
            _ = wrap(question, width: bodyWidth)
        }
        print("wrap one question's share (\(questionBytes) bytes) at width \(bodyWidth): \(Summary(questionSamples))")

        // One frame: a list pane, the answer pane scrolled by `offset`, a status bar.
        var frame = Buffer(size: size)
        var offset = 0
        let titles = (1...40).map { "\($0). Как работает event loop и при чём тут корутины" }
        func render(into frame: inout Buffer, offset: Int) {
            frame.fill(frame.area, style: .plain)
            let (status, body) = frame.area.divided(atDistance: 1, from: .bottom)
            let (list, answer) = body.divided(atDistance: 58, from: .left)
            for (row, title) in titles.prefix(list.height).enumerated() {
                frame.put(truncate(title, toWidth: list.width - 1), at: Point(x: list.minX, y: list.minY + row), clip: list)
            }
            frame.patchStyle(Style(attributes: .reverse), in: list.row(offset % list.height))
            for row in 0..<answer.height where offset + row < lines.count {
                frame.put(lines[offset + row], at: Point(x: answer.minX + 1, y: answer.minY + row), clip: answer)
            }
            frame.put("04. Asyncio и конкурентность · вопрос \(offset % 40 + 1)/40 · j/k двигаться", at: status.origin,
                      style: Style(foreground: .black, background: .white), clip: status)
        }

        let renderSamples = context.measure(iterations: 300) {
            offset = (offset + 1) % max(1, lines.count - size.height)
            render(into: &frame, offset: offset)
        }
        print("render a 200x60 frame (scroll by one line): \(Summary(renderSamples))")

        var previous = frame
        var changed = 0
        let diffSamples = context.measure(iterations: 300) {
            offset = (offset + 1) % max(1, lines.count - size.height)
            render(into: &frame, offset: offset)
            changed = 0
            frame.forEachChange(since: previous) { _, _ in changed += 1 }
            previous = frame
        }
        print("render + diff, scroll by one line (\(changed) cells changed): \(Summary(diffSamples))")

        let pageSamples = context.measure(iterations: 300) {
            offset = (offset + size.height) % max(1, lines.count - size.height)
            render(into: &frame, offset: offset)
            changed = 0
            frame.forEachChange(since: previous) { _, _ in changed += 1 }
            previous = frame
        }
        print("render + diff, page down (\(changed) cells changed): \(Summary(pageSamples))")

        var backend = MemoryBackend(size: size)
        let idleSamples = context.measure(iterations: 300) {
            render(into: &frame, offset: offset)
            backend.draw(frame)
            backend.flush()
        }
        print("render + draw to MemoryBackend, nothing changed: \(Summary(idleSamples))")
    }

    /// The bundled chapter, found from the working directory (or SOBES_CHAPTER).
    static func chapterText() throws -> String {
        let path = ProcessInfo.processInfo.environment["SOBES_CHAPTER"] ?? "Content/04-asyncio.md"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkError("\(path): cannot read the chapter (run from the repository root or set SOBES_CHAPTER)")
        }
        return text
    }

    /// The chapter as spans, with `code` and **bold** styled as the answer view would.
    static func styledParagraphs(_ text: String) -> [Span] {
        let code = Style(foreground: .yellow)
        let bold = Style(attributes: .bold)
        var spans: [Span] = []
        for (index, piece) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() {
            if index % 2 == 1 {
                spans.append(Span(String(piece), style: code))
                continue
            }
            for (boldIndex, part) in piece.components(separatedBy: "**").enumerated() {
                spans.append(Span(part, style: boldIndex % 2 == 1 ? bold : .plain))
            }
        }
        return spans
    }
}
