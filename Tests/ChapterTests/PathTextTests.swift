import Testing
@testable import Chapter

@Suite struct PathTextTests {
    @Test(arguments: [
        ("Content", "/repo", "/repo/Content"),
        ("./Content/", "/repo", "/repo/Content"),
        ("/repo/x/../Content", "/elsewhere", "/repo/Content"),
        ("//repo///Content//.", "/", "/repo/Content"),
        ("../../..", "/a/b", "/"),
        ("/", "/repo", "/"),
        ("", "/repo", "/repo"),
        ("главы/./04/../05", "/дом", "/дом/главы/05"),
        ("..a/.b/...", "/r", "/r/..a/.b/..."),
    ])
    func twoSpellingsOfOneFolderGiveOneText(path: String, directory: String, standardized: String) {
        #expect(standardizedPath(path, currentDirectory: directory) == standardized)
    }

    @Test func linksAreFollowedOnlyByResolvedPath() throws {
        let folder = try #require(resolvedPath("/tmp"))
        #expect(resolvedPath(folder + "/.") == folder)
        #expect(resolvedPath("/no/such/folder/anywhere") == nil)
        #expect(currentDirectoryPath().hasPrefix("/"))
    }
}
