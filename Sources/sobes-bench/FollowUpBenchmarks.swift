import Chapter
import Foundation
import Search

/// Linking every follow-up of a library (two searches each): background work after the index,
/// on its own queue. No budget of its own; it must not take the reader's searches' place.
enum FollowUpBenchmarks {
    static func run(_ context: BenchmarkContext) throws {
        let terms = TermDictionary.load(contentDirectory: context.contentDirectory)
        let chapter = try LibraryLoader.load(directory: context.contentDirectory)
        let chapterIndex = SearchIndex(library: chapter, terms: terms)
        var links = 0
        let samples = context.measure(iterations: 50) { links = FollowUpLinker.links(library: chapter, index: chapterIndex).count }
        print("link chapter 04 (\(followUpCount(chapter)) follow-ups, \(links) linked): \(Summary(samples))")
        let scales = ProcessInfo.processInfo.environment["SOBES_FOLLOWUP_SCALES"].map {
            $0.split(separator: ",").compactMap { Int($0) }
        } ?? [10, 100]
        for scale in scales {
            let library = try LibraryLoader.load(directory: try context.corpus(scale: scale) + "/chapters")
            let index = SearchIndex(library: library, terms: terms)
            let count = followUpCount(library)
            let samples = context.measure(iterations: 1, warmup: 0) { links = FollowUpLinker.links(library: library, index: index).count }
            let perFollowUp = samples.reduce(0, +) / Double(max(count, 1))
            print("link \(scale)x (\(count) follow-ups, \(links) linked): \(Summary(samples)), \(Summary.format(perFollowUp)) a follow-up")
        }
    }

    static func followUpCount(_ library: Library) -> Int {
        library.allQuestions.reduce(0) { $0 + FollowUpLinker.followUps(of: $1).count }
    }
}
