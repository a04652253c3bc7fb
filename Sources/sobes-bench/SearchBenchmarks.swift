import Chapter
import Foundation
import Search

/// Budgets: index the 1000-chapter library (54 MB) ≤ 1 s; one search over 100x ≤ 1 ms median.
/// `fzf --filter` runs over the same text in the same run, for comparison.
enum SearchBenchmarks {
    static let queries: [(kind: String, text: String)] = [
        ("one word", "семафор "),
        ("three words", "обработка ошибок gather "),
        ("prefix", "semaph"),
        ("typo", "semafore "),
        ("wrong layout", "ctvfajh"),
        ("two-letter prefix, as the first keys are typed", "ко"),
        ("natural question", "how does the event loop work "),
        ("Russian question", "как ограничить количество одновременных корутин "),
        ("cross-language", "состояние гонки "),
    ]

    static func run(_ context: BenchmarkContext) throws {
        let terms = TermDictionary.load(contentDirectory: context.contentDirectory)
        let chapter = try LibraryLoader.load(directory: context.contentDirectory)
        let build04 = context.measure(iterations: 50) { _ = SearchIndex(library: chapter, terms: terms) }
        print("index chapter 04 (\(chapter.allQuestions.count) questions): \(Summary(build04))")

        // SOBES_SEARCH_SCALES=1000 runs one library only.
        let scales = ProcessInfo.processInfo.environment["SOBES_SEARCH_SCALES"].map {
            $0.split(separator: ",").compactMap { Int($0) }
        } ?? [100, 1000]
        for scale in scales {
            let directory = try context.corpus(scale: scale)
            let chapters = directory + "/chapters"
            let library = try LibraryLoader.load(directory: chapters)
            let megabytes = Double(try folderSize(chapters)) / 1e6
            var index = SearchIndex(library: library, terms: terms)
            let iterations = scale >= 1000 ? 5 : 10
            let cpuBefore = clock()
            let build = context.measure(iterations: iterations, warmup: 1) {
                index = SearchIndex(library: library, terms: terms)
            }
            // CPU time over both threads, per build: on a busy machine it shows what wall time hides.
            let cpu = Double(clock() - cpuBefore) / Double(CLOCKS_PER_SEC) / Double(iterations + 1)
            print(String(format: "index %dx (%d questions, %.1f MB, %d terms): ", scale, index.documentCount, megabytes, index.termCount)
                  + "\(Summary(build)), cpu \(Summary.format(cpu)) per build\(scale == 1000 ? "   budget ≤ 1 s" : "")")
            for (kind, text) in queries {
                var hits = 0
                let samples = context.measure(iterations: scale >= 1000 ? 100 : 300) {
                    // As the browser asks while the reader types.
                    hits = index.search(text, limit: 20, prefixLastWord: true).totalCount
                }
                print("  search \(kind) \"\(text)\" (\(hits) matches): \(Summary(samples))\(scale == 100 ? "   budget ≤ 1 ms median" : "")")
            }
            try compareWithFzf(context, directory: directory, chapters: chapters)
        }
    }

    /// fzf --filter over the question titles and over every line of every chapter.
    static func compareWithFzf(_ context: BenchmarkContext, directory: String, chapters: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/fzf") else {
            print("  fzf: not installed, skipped")
            return
        }
        let lines = directory + "/all-lines.txt"
        if !FileManager.default.fileExists(atPath: lines) {
            let names = try FileManager.default.contentsOfDirectory(atPath: chapters).filter { $0.hasSuffix(".md") }.sorted()
            FileManager.default.createFile(atPath: lines, contents: nil)
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: lines))
            for name in names { output.write(try Data(contentsOf: URL(fileURLWithPath: chapters + "/" + name))) }
            try output.close()
        }
        for (label, file) in [("titles.txt", directory + "/titles.txt"), ("all lines", lines)] {
            for query in ["semaphore", "semaph"] {
                var matches = 0
                let samples = try context.measure(iterations: 5, warmup: 1) { matches = try fzf(query, file) }
                print("  fzf --filter \(query) over \(label) (\(matches) lines): \(Summary(samples))")
            }
        }
    }

    static func fzf(_ query: String, _ file: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fzf")
        process.arguments = ["--filter", query]
        process.standardInput = FileHandle(forReadingAtPath: file)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    static func folderSize(_ path: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: path).reduce(0) { total, name in
            let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + name)
            return total + ((attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
