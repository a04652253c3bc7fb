import Testing
@testable import Chapter

/// Links between two fixture chapters (by file, by anchor, percent-encoded, from the same
/// chapter), to the README, out of the library, and broken ones.
@Suite struct LinkResolutionTests {
    static let library = try! LibraryLoader.load(directory: Fixtures.repositoryRoot + "/Tests/ChapterTests/Fixtures/links")

    func resolve(_ destination: String, from chapter: String = "01-queues") -> LinkTarget {
        Self.library.resolveLink(destination, from: chapter)
    }

    func place(_ chapter: String, _ part: LibraryPlace.Part) -> LinkTarget {
        .place(LibraryPlace(chapterID: chapter, part: part))
    }

    @Test func anchorsAreGitHubs() {
        #expect(HeadingAnchors.slug("Вопрос 1: Как работает event loop?") == "вопрос-1-как-работает-event-loop")
        #expect(HeadingAnchors.slug("Что делает `asyncio.shield`?") == "что-делает-asyncioshield")
        #expect(HeadingAnchors.slug("См. также") == "см-также")
        #expect(HeadingAnchors.slug("C++ & C#  vs_go") == "c--c--vs_go")
    }

    @Test func aFileAndAnAnchorInAnotherChapter() {
        #expect(resolve("02-timeouts.md#вопрос-1-как-ограничить-ожидание") == place("02-timeouts", .question(1, section: nil)))
        #expect(resolve("02-timeouts.md#типичные-ошибки") == place("02-timeouts", .question(1, section: 1)))
        #expect(resolve("02-timeouts.md") == place("02-timeouts", .start))
        #expect(resolve("01-queues.md", from: "02-timeouts") == place("01-queues", .start))
    }

    @Test func aPercentEncodedAnchorFromADotPath() {
        let encoded = "./01-queues.md#%D0%B2%D0%BE%D0%BF%D1%80%D0%BE%D1%81-2-%D0%BA%D0%B0%D0%BA-%D0%BE%D1%81%D1%82%D0%B0%D0%BD%D0%BE%D0%B2%D0%B8%D1%82%D1%8C-%D0%BF%D0%BE%D1%82%D1%80%D0%B5%D0%B1%D0%B8%D1%82%D0%B5%D0%BB%D1%8F"
        #expect(resolve(encoded, from: "02-timeouts") == place("01-queues", .question(2, section: nil)))
    }

    @Test func anchorsInTheSameChapterAndRepeatedHeadings() {
        #expect(resolve("#вопрос-1-что-такое-очередь-с-ограничением") == place("01-queues", .question(1, section: nil)))
        // "Типичные ошибки" is a heading of both questions: the first keeps the plain anchor.
        #expect(resolve("#типичные-ошибки") == place("01-queues", .question(1, section: 2)))
        #expect(resolve("#типичные-ошибки-1") == place("01-queues", .question(2, section: 1)))
        #expect(resolve("01-queues.md#см-также", from: "02-timeouts") == place("01-queues", .appendix(0)))
    }

    @Test func theReadmeIsTheTopics() {
        #expect(resolve("README.md") == .topics)
        #expect(resolve("../README.md#top") == .topics)
    }

    @Test func externalLinksStayOutside() {
        #expect(resolve("https://docs.python.org/3/") == .external("https://docs.python.org/3/"))
        #expect(resolve("mailto:author@example.com") == .external("mailto:author@example.com"))
        if case .broken = resolve("javascript:alert(1)") {} else { Issue.record("javascript: must not open") }
    }

    @Test func brokenLinksSayWhy() {
        #expect(resolve("07-missing.md#что-угодно") == .broken("в библиотеке нет главы 07-missing.md"))
        #expect(resolve("02-timeouts.md#нет-такого-раздела") == .broken("в главе 02-timeouts нет раздела #нет-такого-раздела"))
        if case .broken = resolve("picture.png") {} else { Issue.record("a file that is not a chapter is no place") }
    }

    @Test func tracksResolveFromTheirFolder() {
        let library = Library(chapters: [
            Chapter(id: "python/01-a", number: 1, title: "A", sourcePath: "python/01-a.md", questions: []),
            Chapter(id: "go/01-b", number: 1, title: "B", sourcePath: "go/01-b.md", questions: []),
        ])
        #expect(library.resolveLink("../go/01-b.md", from: "python/01-a") == .place(LibraryPlace(chapterID: "go/01-b", part: .start)))
        #expect(library.resolveLink("01-a.md", from: "python/01-a") == .place(LibraryPlace(chapterID: "python/01-a", part: .start)))
    }
}
