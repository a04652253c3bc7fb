// Benchmarks, run in release by `make bench` (`make bench ARGS="lexer"` runs one group).
// Each group lives in its own file and prints its figures as plain lines.

let groups: [(name: String, run: @Sendable (BenchmarkContext) throws -> Void)] = [
    ("chapter", ChapterBenchmarks.run),
    ("cache", CacheBenchmarks.run),
    ("browser", BrowserBenchmarks.run),
    ("layout", LayoutBenchmarks.run),
    ("lexer", LexerBenchmarks.run),
    ("notes", NotesBenchmarks.run),
    ("editor", EditorBenchmarks.run),
    ("screen", ScreenBenchmarks.run),
    ("search", SearchBenchmarks.run),
    ("study", StudyBenchmarks.run),
    ("followups", FollowUpBenchmarks.run),
    ("tables", TableBenchmarks.run),
]

let requested = Set(CommandLine.arguments.dropFirst())
let context = BenchmarkContext()
for group in groups where requested.isEmpty || requested.contains(group.name) {
    print("== \(group.name)")
    do {
        try group.run(context)
    } catch {
        print("\(group.name): failed: \(error)")
    }
}
