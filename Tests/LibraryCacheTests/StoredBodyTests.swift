import Chapter
@testable import LibraryCache
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A library read through the cache holds each answer in its entry and decodes it when it
/// is read: the answer read later is the one the parser builds, and an entry damaged in a
/// body is noticed then, with the answer read from its chapter file or one line saying why not.
@Suite struct StoredBodyTests {
    let cacheDirectory = Scratch()
    let library = Scratch()

    init() {
        library.write("01-first.md", sampleChapter(number: 1, title: "Первая", questions: 4, extra: "Сноска[^a].\n\n[^a]: Текст сноски."))
        library.write("02-second.md", sampleChapter(number: 2, title: "Вторая"))
    }

    var entryNames: [String] { cacheDirectory.files(in: "chapters").filter { $0.hasSuffix(".chapter") } }

    func cache() -> LibraryCache { LibraryCache(directory: cacheDirectory.path, programVersion: "test") }

    /// Every answer of both libraries, compared decoded (not by the stored bodies' fingerprints).
    func expectSameAnswers(_ read: Library, _ parsed: Library) {
        #expect(read.allQuestions.count == parsed.allQuestions.count)
        for (left, right) in zip(read.allQuestions, parsed.allQuestions) {
            #expect(left.id == right.id && left.key == right.key && left.title == right.title && left.line == right.line)
            #expect(left.body == right.body, "\(left.id)")
        }
    }

    @Test(arguments: [Paths.content, Paths.shapes, Paths.tracks])
    func answersReadLaterEqualTheParsedOnes(directory: String) throws {
        let parsed = try LibraryLoader.load(directory: directory)
        let scratch = Scratch()
        // The first run (entries written) and a later one (entries read) both keep the answers stored.
        for _ in 0..<2 {
            let read = try LibraryCache(directory: scratch.path, programVersion: "test").load(directory)
            #expect(read.allQuestions.allSatisfy { $0.isBodyStored })
            expectSameAnswers(read, parsed)
            #expect(read == parsed)
        }
    }

    @Test func anAnswerIsNotDecodedUntilItIsRead() throws {
        _ = try cache().load(library.path)
        let read = try cache().load(library.path)
        let question = try #require(read.chapters.first?.questions.first)
        #expect(question.isBodyStored)
        #expect(!question.storedBody!.isDecoded)
        #expect(!question.sections.isEmpty)
    }

    @Test func aLibraryReadAgainEqualsItselfWithoutDecoding() throws {
        _ = try cache().load(library.path)
        let once = try cache().load(library.path)
        let again = try cache().load(library.path)
        #expect(once == again)
        #expect(once.allQuestions.allSatisfy { !$0.storedBody!.isDecoded })
    }

    @Test func aChaptersCodeWidthsComeFromItsEntryWithoutDecoding() throws {
        library.write("03-code.md", "# 03. Код\n\n## Вопрос 1: Что печатает цикл?\n\n```python\nfor i in range(3):\n    print(i)  # номер\n```\n")
        let parsed = try LibraryLoader.load(directory: library.path)
        _ = try cache().load(library.path)
        let read = try cache().load(library.path)
        for (left, right) in zip(read.chapters, parsed.chapters) {
            #expect(left.codeLineWidths == right.codeLineWidths, "\(left.id)")
        }
        #expect(read.chapters[2].codeLineWidths.widest == 21)  // "    print(i)  # номер"
        #expect(read.allQuestions.allSatisfy { !$0.storedBody!.isDecoded })
    }

    @Test func aBodyDamagedInItsEntryIsReadFromTheChapterFile() throws {
        let parsed = try LibraryLoader.load(directory: library.path)
        _ = try cache().load(library.path)
        for name in entryNames {
            var bytes = cacheDirectory.read("chapters/" + name)
            bytes[bytes.count - 1] ^= 0x5A  // the last byte of the last question's body
            cacheDirectory.write("chapters/" + name, bytes: bytes)
        }
        let damaged = cache()
        let read = try damaged.load(library.path)
        #expect(damaged.report.hits == 2)  // the heads are sound: the damage is not seen at open
        expectSameAnswers(read, parsed)
        #expect(damaged.report.rejected.count == 2)
        #expect(damaged.report.rejected.allSatisfy { $0.contains("checksum") })
        #expect(entryNames.isEmpty)  // removed, so the next run parses the files and writes them anew
        let next = cache()
        _ = try next.load(library.path)
        #expect(next.report.parsed == 2)
    }

    @Test func aDamagedBodyWhoseQuestionIsGoneSaysSoInOneLine() throws {
        _ = try cache().load(library.path)
        let read = try cache().load(library.path)
        let question = try #require(read.chapter(id: "02-second")?.questions.last)
        // After the open: the chapter file loses the question and the entry is damaged in place.
        library.write("02-second.md", sampleChapter(number: 2, title: "Вторая", questions: 1))
        let name = try #require(entryNames.first { cacheDirectory.read("chapters/" + $0).count > 0
                && String(decoding: cacheDirectory.read("chapters/" + $0), as: UTF8.self).contains("02-second") })
        let path = cacheDirectory.path + "/chapters/" + name
        let descriptor = open(path, O_WRONLY)
        #expect(descriptor >= 0)
        let size = lseek(descriptor, 0, SEEK_END)
        var byte: UInt8 = 0
        let reading = open(path, O_RDONLY)
        _ = pread(reading, &byte, 1, off_t(size - 1))
        close(reading)
        byte ^= 0x5A
        _ = pwrite(descriptor, &byte, 1, off_t(size - 1))
        close(descriptor)

        let sections = question.sections
        #expect(sections.count == 1)
        guard case .paragraph(let inlines) = sections.first?.blocks.first?.content, case .text(let text) = inlines.first else {
            Issue.record("no paragraph: \(sections)")
            return
        }
        #expect(text.contains("повреждена"))
        #expect(!text.contains("\n"))
    }
}
