import Browser
import Chapter
import Foundation
import Hyphenation
import Screen

/// Budget: the layout and table work adds ≤ 0.2 ms to a keystroke at 200x60. A keystroke
/// that opens another question renders its answer once (the answer is kept per width), so
/// the tables' share is the time to render the answer less the time without its tables, at
/// the answer's width for each terminal size.
enum TableBenchmarks {
    static let sizes = [Size(width: 200, height: 60), Size(width: 160, height: 50), Size(width: 120, height: 40),
                        Size(width: 100, height: 30), Size(width: 80, height: 24)]
    static let fixtures = "Tests/ChapterTests/Fixtures/tables"

    static func run(_ context: BenchmarkContext) throws {
        let chapter04 = try LibraryLoader.load(directory: context.contentDirectory)
        let libraries = [("chapter 04", chapter04)]
            + ((try? LibraryLoader.load(directory: fixtures)).map { [("table fixtures", $0)] } ?? [])
        let renderer = AnswerRenderer(theme: .fallback, code: .placeholder)
        // Every word a dictionary is needed for has its dictionary loaded before timing; the
        // first load is timed on its own below.
        _ = Hyphenator.system.breakPoints(in: "масштабируемость multiprocessing")
        for (name, library) in libraries {
            let questions = library.chapters.flatMap(\.questions).filter { $0.hasTables }
            for size in sizes {
                let width = Layout(size: size, preferredListWidth: Layout.defaultListWidth, focus: .answer).answerContent.width
                var worst = 0.0
                var total = 0.0
                for question in questions {
                    let bare = question.withoutTables
                    let whole = Summary(context.measure(iterations: 200) { _ = renderer.render(question, width: width) }).median
                    let without = Summary(context.measure(iterations: 200) { _ = renderer.render(bare, width: width) }).median
                    worst = max(worst, whole - without)
                    total += whole - without
                }
                print("tables per rendered answer, \(name) at \(size.width)x\(size.height) (answer \(width) columns, "
                      + "\(questions.count) answers with tables): mean \(Summary.format(total / Double(max(questions.count, 1)))), "
                      + "worst \(Summary.format(worst))   budget ≤ 0.2 ms at 200x60")
            }
        }
        for (language, word) in [("Russian", "масштабируемость"), ("English", "multiprocessing")] {
            let samples = context.measure(iterations: 20, warmup: 0) {
                _ = Hyphenator(directory: "/usr/share/hyphen").breakPoints(in: word)
            }
            print("first hyphenation (reads the \(language) patterns once per process): \(Summary(samples))")
        }
        let warm = context.measure(iterations: 2000) { _ = Hyphenator.system.breakPoints(in: "масштабируемость") }
        print("hyphenating one word, dictionary read: \(Summary(warm))")
    }
}

extension Question {
    var hasTables: Bool {
        sections.contains { $0.blocks.contains { if case .table = $0.content { true } else { false } } }
    }

    /// The question with its tables left out, to time what they add.
    var withoutTables: Question {
        var question = self
        question.sections = sections.map { section in
            var section = section
            section.blocks = section.blocks.filter { if case .table = $0.content { false } else { true } }
            return section
        }
        return question
    }
}
