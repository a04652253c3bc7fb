import Testing
@testable import Chapter

/// Bad content gives an error naming the path and the problem, or a warning when loading can go on.
@Suite struct BadInputTests {
    @Test func missingDirectory() {
        #expect(throws: ChapterError(path: "/nonexistent/sobes", problem: .missingDirectory)) {
            try LibraryLoader.load(directory: "/nonexistent/sobes")
        }
    }

    @Test func aFileIsNotADirectory() {
        let path = Fixtures.contentDirectory + "/04-asyncio.md"
        #expect(throws: ChapterError(path: path, problem: .notADirectory)) {
            try LibraryLoader.load(directory: path)
        }
    }

    @Test func directoryWithoutChapters() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("README.md", "# Темы\n")
        #expect(throws: ChapterError(path: directory.path, problem: .noChapters)) {
            try LibraryLoader.load(directory: directory.path)
        }
    }

    @Test func emptyFileAlone() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-empty.md", "\n  \n")
        #expect(throws: ChapterError(path: directory.path + "/01-empty.md", problem: .emptyFile)) {
            try LibraryLoader.load(directory: directory.path)
        }
    }

    @Test func binaryFileAlone() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-binary.md", bytes: Array("# 01. T\n## Q\n".utf8) + [0, 1, 2])
        #expect(throws: ChapterError(path: directory.path + "/01-binary.md", problem: .notText(line: 3))) {
            try LibraryLoader.load(directory: directory.path)
        }
        #expect(ChapterError(path: "a.md", problem: .notText(line: 3)).description == "a.md:3: not a text file (NUL byte)")
    }

    @Test func badFilesAreSkippedWithAWarningWhenOthersLoad() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("01-good.md", "# 01. Good\n## Вопрос 1: Q\ntext\n")
        directory.write("02-empty.md", "")
        directory.write("03-prose.md", "# 03. No questions here\n\nJust text.\n")
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.chapters.map(\.id) == ["01-good"])
        #expect(library.warnings.map(\.description) == [
            directory.path + "/02-empty.md: empty file; skipped",
            directory.path + "/03-prose.md: no questions (no ## headings); skipped",
        ])
    }

    @Test func invalidUTF8BecomesReplacementCharacterWithAWarning() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let bytes = Array("# 01. T\n## Вопрос 1: Q\n".utf8) + [0x61, 0xFF, 0x62, 0x0A]
        directory.write("01-bad.md", bytes: bytes)
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.warnings == [LoadWarning(path: directory.path + "/01-bad.md", line: 3, message: "invalid UTF-8, shown as \u{FFFD}")])
        let section = library.chapters[0].questions[0].sections[0]
        #expect(section.blocks[0].content == .paragraph([.text("a\u{FFFD}b")]))
    }

    @Test func chaptersAreOrderedByNumberAndTopicsByReadme() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("10-late.md", "# 10. Late\n## Q\n")
        directory.write("2-early.md", "# 2. Early\n## Q\n")
        directory.write("README.md", "- [Late](10-late.md)\n- [Missing](99-none.md)\n")
        let library = try LibraryLoader.load(directory: directory.path)
        #expect(library.chapters.map(\.id) == ["2-early", "10-late"])
        #expect(library.topics == ["10-late", "2-early"])
    }
}
