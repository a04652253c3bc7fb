import Chapter
import Foundation

/// Budgets: parse chapter 04 ≤ 2 ms; load a 1000-chapter library (54 MB) ≤ 2 s.
enum ChapterBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let path = context.contentDirectory + "/04-asyncio.md"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let parse = context.measure(iterations: 300) {
            _ = try! ChapterParser.parse(bytes: bytes, chapterID: "04-asyncio", path: path)
        }
        print("parse chapter 04 (\(bytes.count) bytes): \(Summary(parse))   budget ≤ 2 ms")

        for scale in [100, 1000] {
            let directory = try context.corpus(scale: scale) + "/chapters"
            var chapters = 0
            let load = try context.measure(iterations: scale >= 1000 ? 5 : 10, warmup: 1) {
                chapters = try LibraryLoader.load(directory: directory).chapters.count
            }
            print("load \(scale)x library (\(chapters) chapters): \(Summary(load))\(scale == 1000 ? "   budget ≤ 2 s" : "")")
        }
    }
}
