import Chapter
@testable import LibraryCache
#if canImport(Glibc)
import Glibc
#endif

enum Paths {
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/LibraryCacheTests/Support.swift
        return parts.joined(separator: "/")
    }()
    static let content = repositoryRoot + "/Content"
    static let shapes = repositoryRoot + "/Tests/ChapterTests/Fixtures/shapes"
    static let tracks = repositoryRoot + "/Tests/ChapterTests/Fixtures/tracks"
}

/// A fresh temporary directory, removed when the test is done with it.
final class Scratch {
    let path: String

    init() {
        var template = Array("/tmp/sobes-cache-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    deinit {
        _ = system("rm -rf '\(path)'")
    }

    func write(_ name: String, _ text: String, modifiedSecondsAgo age: Int = 100) {
        write(name, bytes: Array(text.utf8), modifiedSecondsAgo: age)
    }

    /// Writes a file and sets its modification time `age` seconds back, so the cache trusts
    /// its time (a file just written is checked by content).
    func write(_ name: String, bytes: [UInt8], modifiedSecondsAgo age: Int = 100) {
        let file = fopen(path + "/" + name, "wb")!
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        setModified(name, secondsAgo: age)
    }

    func setModified(_ name: String, secondsAgo age: Int, nanoseconds: Int = 0) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var times = [timespec(tv_sec: now.tv_sec - age, tv_nsec: nanoseconds), timespec(tv_sec: now.tv_sec - age, tv_nsec: nanoseconds)]
        _ = utimensat(AT_FDCWD, path + "/" + name, &times, 0)
    }

    func read(_ name: String) -> [UInt8] {
        guard let file = fopen(path + "/" + name, "rb") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    func files(in folder: String) -> [String] {
        guard let directory = opendir(path + "/" + folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

/// A small chapter of our own, `questions` questions long.
func sampleChapter(number: Int, title: String, questions: Int = 3, extra: String = "") -> String {
    var text = "# \(number < 10 ? "0" : "")\(number). \(title)\n\n"
    for question in 1...questions {
        text += """
            ## Вопрос \(question): Как устроен механизм \(question) в теме «\(title)»?

            ### Зачем спрашивают

            Проверяют, понимает ли кандидат **механизм** \(question) и _его_ границы.

            ### Короткий ответ

            Механизм \(question) опирается на `очередь` и [документацию](https://example.org/\(question)).

            ### Пример

            ```python
            def handler_\(question)(queue):
                return queue.get()
            ```

            ### Типичные ошибки

            - забыть про таймаут
              1. вложенный пункт
            - [x] отмеченная задача

            | приём | цена |
            |:---|---:|
            | очередь | O(1) |

            > цитата с ~~зачёркнутым~~ и <kbd>Ctrl</kbd>

            \(extra)

            ---


            """
    }
    return text
}

extension LibraryCache {
    func load(_ directory: String) throws -> Library {
        try LibraryLoader.load(directory: directory, reader: reader)
    }
}
