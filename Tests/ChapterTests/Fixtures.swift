@testable import Chapter
#if canImport(Glibc)
import Glibc
#endif

/// Paths and helpers shared by the chapter tests.
enum Fixtures {
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ChapterTests/Fixtures.swift
        return parts.joined(separator: "/")
    }()
    static let contentDirectory = repositoryRoot + "/Content"
    /// Chapters of every shape the loader knows (front matter, appendix, topics, English, GFM, HTML).
    static let shapesDirectory = repositoryRoot + "/Tests/ChapterTests/Fixtures/shapes"
    /// A folder of tracks, each with its own README and groups.
    static let tracksDirectory = repositoryRoot + "/Tests/ChapterTests/Fixtures/tracks"

    static func shape(_ id: String) throws -> Chapter {
        let bytes = try FileSystem.read(shapesDirectory + "/" + id + ".md")
        return try ChapterParser.parse(bytes: bytes, chapterID: id, path: id + ".md").chapter
    }

    static let chapter04: Chapter = {
        let library = try! LibraryLoader.load(directory: contentDirectory)
        return library.chapter(id: "04-asyncio")!
    }()
}

/// A fresh temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/sobes-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    func write(_ name: String, _ text: String) { write(name, bytes: Array(text.utf8)) }

    func write(_ name: String, bytes: [UInt8]) {
        let file = fopen(path + "/" + name, "wb")!
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    func remove() {
        _ = system("rm -rf '\(path)'")
    }
}
