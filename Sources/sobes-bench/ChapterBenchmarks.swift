enum ChapterBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        print("not written yet")
    }
}
