import Testing
@testable import Chapter

/// Libraries as folders of chapters or of tracks, several at once.
@Suite struct LibraryShapeTests {
    @Test func readmeGroupsOrderTopicsAndAMissingLinkIsOneWarning() throws {
        let library = try LibraryLoader.load(directory: Fixtures.shapesDirectory)
        #expect(library.groups.map(\.title) == ["Основы", "Практика"])
        #expect(library.groups.map(\.chapterIDs) == [["01-front-matter", "03-english"], ["02-system-design", "05-markup"]])
        #expect(library.topics == ["01-front-matter", "03-english", "02-system-design", "05-markup"])
        let missing = library.warnings.filter { $0.message.contains("missing") }
        #expect(missing.count == 1)
        #expect(missing.first?.description == Fixtures.shapesDirectory + "/README.md: links to missing files: 06-missing.md")
    }

    @Test func aFolderOfTracksGroupsByTrackAndReadme() throws {
        let library = try LibraryLoader.load(directory: Fixtures.tracksDirectory)
        #expect(library.chapters.map(\.id) == ["python/01-types", "python/02-threads", "system-design/01-url-shortener"])
        #expect(library.groups == [
            TopicGroup(track: "Python", title: "Основы", chapterIDs: ["python/01-types"]),
            TopicGroup(track: "Python", title: "Конкурентность и практика", chapterIDs: ["python/02-threads"]),
            TopicGroup(track: "System design", title: "Классика", chapterIDs: ["system-design/01-url-shortener"]),
        ])
        #expect(library.warnings.isEmpty)
        #expect(library.question(key: QuestionKey(chapterID: "python/02-threads", title: "что такое gil"))?.number == 1)
    }

    @Test func severalRootsAddUpAndAnOptionalMissingOneIsSkipped() throws {
        let library = try LibraryLoader.load(roots: [
            .init(path: Fixtures.contentDirectory),
            .init(path: "/nonexistent/sobes-library", isRequired: false),
            .init(path: Fixtures.tracksDirectory),
        ])
        #expect(library.chapters.first?.id == "04-asyncio")
        #expect(library.chapters.count == 4)
        #expect(library.topics.first == "04-asyncio")
        #expect(library.warnings.isEmpty)
        #expect(throws: ChapterError(path: "/nonexistent/x", problem: .missingDirectory)) {
            try LibraryLoader.load(roots: [.init(path: Fixtures.contentDirectory), .init(path: "/nonexistent/x")])
        }
    }

    @Test func aChapterTwiceIsReadOnceWithAWarning() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("04-asyncio.md", "# 04. Copy\n## Вопрос 1: A\ntext\n")
        let library = try LibraryLoader.load(roots: [.init(path: Fixtures.contentDirectory), .init(path: directory.path)])
        #expect(library.chapters.count == 1)
        #expect(library.chapter(id: "04-asyncio")?.title == "Asyncio и конкурентность")
        #expect(library.warnings.map(\.message) == ["a chapter 04-asyncio is already in the library; skipped"])
    }

    @Test func theAppendixFollowsOnlyTheLastQuestion() throws {
        let library = try LibraryLoader.load(directory: Fixtures.shapesDirectory)
        let chapter = try #require(library.chapter(id: "03-english"))
        #expect(library.appendix(after: chapter.questions[0]).isEmpty)
        #expect(library.appendix(after: chapter.questions[1]).map(\.title) == ["See also"])
    }

    @Test func checkReportsWhatItRecognisedAndEveryProblem() throws {
        let reports = LibraryCheck.check(directory: Fixtures.shapesDirectory)
        let english = try #require(reports.first { $0.path.hasSuffix("03-english.md") })
        #expect(english.summary == "«Generators»: 2 questions; sections: whyAsked 1, shortAnswer 2, details 1, example 1, mistakes 1, interview 1; appendix: See also; code: python 1; tables: 0")
        #expect(english.problems.isEmpty)
        #expect(reports.flatMap(\.problems).map(\.message) == ["links to a missing file: 06-missing.md"])

        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-bad.md", "# 01. Bad\n## Вопрос 1: Same\n### Короткий ответ\n### Пример\nx\n### Странное\ny\n## Вопрос 2: same!\ntext\n")
        directory.write("02-bytes.md", bytes: Array("# 02. B\n## Вопрос 1: A\n".utf8) + [0xFF, 0x0A])
        let problems = LibraryCheck.check(directory: directory.path).flatMap(\.problems).map(\.description)
        #expect(problems == [
            directory.path + "/01-bad.md:3: empty section «Короткий ответ» in «Same»",
            directory.path + "/01-bad.md:6: unknown section title «Странное» (kept under its own name)",
            directory.path + "/01-bad.md:8: duplicate question title «same!» (first at line 2)",
            directory.path + "/02-bytes.md:3: invalid UTF-8, shown as \u{FFFD}",
        ])
    }
}
