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
                // The thread's CPU time, not the wall clock: other processes on a loaded machine
                // do not count. Medians, and minimums (the least cache interference).
                var worst = (median: 0.0, minimum: 0.0)
                for question in questions {
                    let bare = question.withoutTables
                    let whole = Summary(cpuTimes(iterations: 300) { _ = renderer.render(question, width: width) })
                    let without = Summary(cpuTimes(iterations: 300) { _ = renderer.render(bare, width: width) })
                    worst.median = max(worst.median, whole.median - without.median)
                    worst.minimum = max(worst.minimum, whole.minimum - without.minimum)
                }
                print("tables per rendered answer, \(name) at \(size.width)x\(size.height) (answer \(width) columns, "
                      + "worst of \(questions.count) answers): median \(Summary.format(worst.median)), "
                      + "min \(Summary.format(worst.minimum))   budget ≤ 0.2 ms at 200x60")
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

/// Each run's CPU time on this thread, in seconds, over `batch` calls of `body` a sample.
func cpuTimes(iterations: Int, batch: Int = 10, _ body: () -> Void) -> [Double] {
    let iterations = ProcessInfo.processInfo.environment["SOBES_BENCH_ITERATIONS"].flatMap(Int.init).map { min($0, iterations) } ?? iterations
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    for _ in 0..<batch { body() }
    return (0..<iterations).map { _ in
        let start = now()
        for _ in 0..<batch { body() }
        return (now() - start) / Double(batch)
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
