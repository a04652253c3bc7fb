import Browser
import Chapter
import Foundation
import Screen

/// Budget (issue 12): the layout and table work adds no more than 0.2 ms to a keystroke at
/// 200x60. A key that opens another question pays for the pane layout and for laying its
/// answer out anew (prose, lists, tables) at the answer's width; other keys reuse both.
/// `Tests/bench/keystroke_bench.py` gives the whole keystroke and `less` beside it.
enum LayoutBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let library = try LibraryLoader.load(directory: context.contentDirectory)
        let size = Size(width: 200, height: 60)
        let state = AppState(library: library, size: size)
        let panes = context.measure(iterations: 2000) {
            _ = Layout(size: size, preferredListWidth: 30, focus: .list, code: CodeMeasure.usual)
        }
        print("pane layout at 200x60: \(Summary(panes))")
        let width = state.layout.answerContent.width
        let renderer = AnswerRenderer(theme: .fallback, code: .placeholder)
        let questions = library.chapters.flatMap(\.questions)
        var index = 0
        let answers = context.measure(iterations: 400) {
            _ = renderer.render(questions[index % questions.count], width: width)
            index += 1
        }
        print("answer layout of one question at \(width) columns (every question in turn): \(Summary(answers))   budget with the pane layout ≤ 0.2 ms")
        let withTables = questions.filter { $0.sections.contains { $0.blocks.contains { if case .table = $0.content { true } else { false } } } }
        if !withTables.isEmpty {
            var next = 0
            let tables = context.measure(iterations: 400) {
                _ = renderer.render(withTables[next % withTables.count], width: width)
                next += 1
            }
            print("answer layout of a question with a table (\(withTables.count) of \(questions.count)): \(Summary(tables))")
        }
    }
}
