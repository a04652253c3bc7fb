import Browser
import Chapter
import Foundation
import Screen

/// Budget: one keystroke (update + render + flush) at 200x60 ≤ 1 ms CPU. This measures
/// update + render + the diff a backend does; Tests/bench/terminal_bench.py measures the
/// whole keystroke in a real pseudo-terminal.
enum BrowserBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let library = try LibraryLoader.load(directory: context.contentDirectory)
        let keys: [(String, Action)] = [
            ("j (next question)", .moveDown(1)),
            ("k (previous question)", .moveUp(1)),
            ("Space in the answer", .pageDown),
            ("] next code block", .nextCodeBlock),
        ]
        for (name, action) in keys {
            var state = AppState(library: library, size: Size(width: 200, height: 60))
            if name.contains("answer") { update(&state, .focusNext) }
            var backend = MemoryBackend(size: state.size)
            var frame = Buffer(size: state.size)
            render(state, into: &frame)
            backend.draw(frame)
            var flip = false
            let samples = context.measure(iterations: 400) {
                // Alternate with the opposite move so every sample does real work.
                let step: Action = flip ? opposite(action) : action
                flip.toggle()
                update(&state, step)
                render(state, into: &frame)
                backend.draw(frame)
            }
            print("keystroke at 200x60, \(name): \(Summary(samples))   budget ≤ 1 ms")
        }
        let renderOnly = context.measure(iterations: 400) {
            let state = AppState(library: library, size: Size(width: 200, height: 60))
            _ = render(state)
        }
        print("fresh state + render at 200x60: \(Summary(renderOnly))")
    }

    static func opposite(_ action: Action) -> Action {
        switch action {
        case .moveDown(let n): return .moveUp(n)
        case .moveUp(let n): return .moveDown(n)
        case .pageDown: return .pageUp
        case .nextCodeBlock: return .previousCodeBlock
        default: return action
        }
    }
}
