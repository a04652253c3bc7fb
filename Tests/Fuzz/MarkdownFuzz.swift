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

@_cdecl("LLVMFuzzerTestOneInput")
public func markdownFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: size > 0 ? data : nil, count: size))
    timed(size: size) {
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
    return 0
}
