// libFuzzer target for the Markdown loader and the answer renderer, on the library API;
// built and run by run-library-fuzz.sh markdown.
//
// Checked on every input (any bytes): parsing gives a chapter or a ChapterError, never a
// crash; every question renders at a width chosen from the input and at 10 and 80 columns,
// every line within the width, and no more lines than the input could explain; time per
// input is linear (FuzzTiming).
import Browser
import Chapter
import Screen

/// One chapter with every kind of block, rendered before the first timed input: the first
/// render of each kind pays one-time costs (type metadata, cmark's extensions) that are not
/// the input's.
private let warmUp: Void = {
    let sample = "# 01. T\n\n## Вопрос 1: Q\n\n### Пример\n\n> quote **b** _e_ `c` [l](x)\n\n- a\n  1. b\n\n"
        + "| a | b |\n|---|:-:|\n| c | d |\n\n```python\nx = 1\n```\n\n<details>x</details>\n\n---\n"
    render(Array(sample.utf8))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: size > 0 ? data : nil, count: size))
    _ = warmUp
    timed(size: size) { render(bytes) }
    return 0
}

private func render(_ bytes: [UInt8]) {
    let size = bytes.count
    do {
        guard let chapter = try? ChapterParser.parse(bytes: bytes, chapterID: "01-fuzz", path: "fuzz.md").chapter else { return }
        let renderer = AnswerRenderer(theme: .fallback, code: .placeholder)
        let chosenWidth = 10 + Int(bytes.first ?? 0) % 150
        for width in [chosenWidth, 10, 80] {
            var lineCount = 0
            for question in chapter.questions {
                let answer = renderer.render(question, width: width, note: "a note")
                for line in answer.lines {
                    let lineWidth = line.reduce(0) { $0 + displayWidth(of: $1.text) }
                    check(lineWidth <= width, "a line of \(lineWidth) columns at width \(width)")
                }
                lineCount += answer.lines.count
            }
            // Each byte can start at most a line or two; headings and blank lines add a few per question.
            check(lineCount <= 4 * size + 20 * chapter.questions.count + 20, "\(lineCount) lines from \(size) bytes")
        }
    }
}
