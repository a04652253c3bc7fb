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

    @Test func numbersAndChapters() {
        #expect(LibraryLoader.leadingNumber("04-asyncio.md") == 4)
        #expect(LibraryLoader.leadingNumber("1234567890123-x.md") == 123_456_789)
        #expect(LibraryLoader.leadingNumber("asyncio.md") == nil)
        #expect(LibraryLoader.isChapterFile("04-asyncio.md"))
        #expect(!LibraryLoader.isChapterFile("README.md"))
    }
}
