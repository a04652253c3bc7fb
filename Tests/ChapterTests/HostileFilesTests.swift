import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Chapter

/// Files in the content folder that are not chapters a person wrote: special files, huge
/// files, thousands of names, thousands of bad lines. Each is skipped or summed up in a few
/// warnings naming the file; nothing blocks or reads without end.
@Suite struct HostileFilesTests {
    static let chapter = "# 01. T\n\n## Вопрос 1: Q\n\ntext\n"

    @Test func aFIFONamedLikeAChapterIsSkipped() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-real.md", Self.chapter)
        #expect(mkfifo(directory.path + "/02-fifo.md", 0o600) == 0)
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.chapters.map(\.id) == ["01-real"])
        #expect(library.warnings.map(\.description) == [directory.path + "/02-fifo.md: not a regular file; skipped"])
    }

    @Test func aSymlinkToADeviceIsSkipped() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-real.md", Self.chapter)
        #expect(symlink("/dev/zero", directory.path + "/02-zero.md") == 0)
        #expect(symlink(directory.path + "/01-real.md", directory.path + "/03-link.md") == 0)
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.chapters.map(\.id) == ["01-real", "03-link"])
        #expect(library.warnings.map(\.description) == [directory.path + "/02-zero.md: not a regular file; skipped"])
    }

    @Test func aConfigFileIsReadAsUTF8OrNotAtAll() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("config.toml", "theme = \"светлая\"\n")
        directory.write("broken.toml", bytes: [0x74, 0x68, 0x65, 0x6D, 0x65, 0xFF, 0x0A])
        #expect(readUTF8File(directory.path + "/config.toml") == "theme = \"светлая\"\n")
        #expect(readUTF8File(directory.path + "/broken.toml") == nil)
        #expect(readUTF8File(directory.path + "/missing.toml") == nil)
        #expect(mkfifo(directory.path + "/fifo.toml", 0o600) == 0)
        #expect(readUTF8File(directory.path + "/fifo.toml") == nil)  // refused, not waited on
    }

    @Test func aChapterOverSixteenMegabytesIsSkipped() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-real.md", Self.chapter)
        directory.write("02-huge.md", bytes: Array(Self.chapter.utf8) + [UInt8](repeating: 0x61, count: 16 << 20))
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.chapters.map(\.id) == ["01-real"])
        #expect(library.warnings.map(\.description) == [directory.path + "/02-huge.md: larger than 16 MB; skipped"])
    }

    @Test func onlyASpecialFileIsOneError() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        #expect(mkfifo(directory.path + "/01-fifo.md", 0o600) == 0)
        #expect(throws: ChapterError(path: directory.path + "/01-fifo.md", problem: .notRegularFile)) {
            try LibraryLoader.load(directory: directory.path)
        }
    }

    /// Under AddressSanitizer (`make asan`) this read past readdir's buffer before names were
    /// read up to their NUL.
    @Test func threeThousandFilesAreEveryOneListed() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let name = { (number: Int) in String(String(number + 10_000).dropFirst()) + "-c.md" }
        for number in 1...3_001 { directory.write(name(number), Self.chapter) }
        let names = try FileSystem.contents(of: directory.path)
        #expect(names.count == 3_001)
        #expect(names.first == "0001-c.md" && names.last == "3001-c.md")
    }

    @Test func tenThousandBadLinesGiveAFewWarningsAndACount() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let badLine: [UInt8] = [0x62, 0xFF, 0x0A]  // "b", a byte that is never UTF-8, newline
        directory.write("01-bad.md", bytes: Array(Self.chapter.utf8) + (0..<10_000).flatMap { _ in badLine })
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.warnings.count == TextDecoding.reportedBadLines + 1)
        #expect(library.warnings.last?.description == directory.path + "/01-bad.md: and 9995 more lines of invalid UTF-8, shown as \u{FFFD}")
    }
}
