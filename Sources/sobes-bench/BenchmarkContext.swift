import Foundation

/// Shared helpers for the benchmark groups: clocks, statistics, corpora.
struct BenchmarkContext: Sendable {
    /// Where `make_corpus.py` writes its libraries; built on demand.
    var corpusRoot = ProcessInfo.processInfo.environment["SOBES_CORPUS"] ?? "/tmp/mdcorpus"
    /// The repository's own tools and content, found from the working directory.
    var sharedTools = ProcessInfo.processInfo.environment["SOBES_SHARED_TOOLS"] ?? "../shared/tools"
    /// The bundled chapters (run `make bench` from the repository's root).
    var contentDirectory = ProcessInfo.processInfo.environment["SOBES_CONTENT"] ?? "Content"

    /// The folder of a generated corpus at a scale (1, 10, 100, 1000), generating it if missing.
    func corpus(scale: Int) throws -> String {
        let directory = "\(corpusRoot)/\(scale)x"
        if !FileManager.default.fileExists(atPath: "\(directory)/manifest.json") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "\(sharedTools)/make_corpus.py", "--scale", "\(scale)", "--out", directory]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw BenchmarkError("make_corpus.py --scale \(scale) failed")
            }
        }
        return directory
    }

    /// Runs `body` `iterations` times and returns each run's wall time in seconds.
    func measure(iterations: Int, warmup: Int = 2, _ body: () throws -> Void) rethrows -> [Double] {
        // SOBES_BENCH_ITERATIONS caps the count, for runs under a profiler.
        let iterations = ProcessInfo.processInfo.environment["SOBES_BENCH_ITERATIONS"].flatMap(Int.init).map { Swift.min($0, iterations) } ?? iterations
        for _ in 0..<warmup { try body() }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = ContinuousClock.now
            try body()
            samples.append((ContinuousClock.now - start).seconds)
        }
        return samples
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Median, p99 and friends of a list of samples in seconds.
struct Summary: CustomStringConvertible {
    var samples: [Double]
    init(_ samples: [Double]) { self.samples = samples.sorted() }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(samples.count - 1)).rounded())
        return samples[Swift.min(Swift.max(rank, 0), samples.count - 1)]
    }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var minimum: Double { samples.first ?? .nan }

    var description: String {
        "median \(Summary.format(median)), p99 \(Summary.format(p99)), min \(Summary.format(minimum)), n=\(samples.count)"
    }

    static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }
}
