@testable import Chapter
import Testing

/// Which names are chapters and the number a name starts with, read from the bytes of ASCII
/// names: as the rules by characters read them.
@Suite struct ChapterFileNameTests {
    static let names = [
        "04-asyncio.md", "README.md", "readme.md", "ReadMe.MD", "readme.markdown", ".hidden.md", "x.MD", "x.Md", "x.mdx",
        "md", ".md", "a.md", "1234567890123-x.md", "007.md", "notes.txt", "terms.tsv", "10x.md", "x.md ", "readme.md.md",
        "٣-arabic.md", "4\u{301}-x.md", "12\u{301}.md", "Ünïcode.md", "ТЕМА.MD", "тема.md", "x.m\u{301}d", "x.md\u{301}", "",
        "ch0001.md", "rEaDmE.Md", "readm2.md", "Readme.mdx", "README.md\u{301}", "ab.md",
    ]

    @Test(arguments: names) func asByCharacters(_ name: String) {
        #expect(LibraryLoader.isChapterFile(name)
                == (name.lowercased().hasSuffix(".md") && name.lowercased() != "readme.md" && !name.hasPrefix(".")), "\(name)")
        #expect(LibraryLoader.leadingNumber(name) == Int(String(name.prefix(while: { $0.isASCII && $0.isNumber })).prefix(9)), "\(name)")
    }

    @Test func theChapterOpenedFirstIsTheOneTheWholeLoadPutsFirst() throws {
        let folder = TemporaryDirectory()
        defer { folder.remove() }
        // Two names of one number (the name decides), and every name above that can be a file's.
        for name in Self.names + ["2-b.md", "02-b.md"] where !name.isEmpty && name != ".md" {
            folder.write(name, "# Тема\n\n## Вопрос 1: Что это?\n\nОтвет.\n")
        }
        let whole = try LibraryLoader.load(directory: folder.path)
        let opening = try #require(LibraryLoader.opening(roots: [LibraryLoader.Root(path: folder.path)]))
        #expect(opening.first.chapters.map(\.id) == [whole.chapters[0].id])
        #expect(whole.chapters[0].id == "12\u{301}")  // 1: the combining mark takes the 2 with it
        #expect(opening.chapterFileCount == whole.chapters.count)

        let ties = TemporaryDirectory()
        defer { ties.remove() }
        for name in ["2-b.md", "10-a.md", "02-b.md", "x.md", "README.md", "2-a.md.txt"] {
            ties.write(name, "# Тема\n\n## Вопрос 1: Что это?\n\nОтвет.\n")
        }
        let tied = try #require(LibraryLoader.opening(roots: [LibraryLoader.Root(path: ties.path)]))
        #expect(tied.first.chapters.map(\.id) == ["02-b"])
        #expect(tied.first.chapters.map(\.id) == [try LibraryLoader.load(directory: ties.path).chapters[0].id])
        #expect(tied.chapterFileCount == 4)
    }

    @Test func numbersAndChapters() {
        #expect(LibraryLoader.leadingNumber("04-asyncio.md") == 4)
        #expect(LibraryLoader.leadingNumber("1234567890123-x.md") == 123_456_789)
        #expect(LibraryLoader.leadingNumber("asyncio.md") == nil)
        #expect(LibraryLoader.isChapterFile("04-asyncio.md"))
        #expect(!LibraryLoader.isChapterFile("README.md"))
    }
}
