import Chapter
import Foundation
@testable import sobes
import Testing

/// The bundled library is found beside the executable or above it, in the layouts a build
/// and an install make; the path text is what Foundation's URL steps gave.
@Suite struct ContentLocatorTests {
    @Test func findsTheLayoutsOfABuildAndAnInstall() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sobes-locator-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        func make(_ folders: [String], executable: String) throws -> String {
            for folder in folders {
                try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
                FileManager.default.createFile(atPath: root + "/" + folder + "/README.md", contents: Data())
            }
            let path = root + "/" + executable
            try FileManager.default.createDirectory(atPath: ContentLocator.parent(of: path), withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data())
            return path
        }
        let build = try make(["tree/Content"], executable: "tree/.build/x86_64-unknown-linux-gnu/release/sobes")
        #expect(ContentLocator.bundledDirectory(executable: build) == root + "/tree/Content")
        let install = try make(["usr/share/sobes/Content"], executable: "usr/bin/sobes")
        #expect(ContentLocator.bundledDirectory(executable: install) == root + "/usr/share/sobes/Content")
        let beside = try make(["opt/share/sobes/Content", "opt/share/sobes/Content/x"], executable: "opt/share/sobes")
        #expect(ContentLocator.bundledDirectory(executable: beside) == root + "/opt/share/sobes/Content")
        // Through a symbolic link, from the file it names.
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: install)
        #expect(ContentLocator.bundledDirectory(executable: root + "/link") == root + "/usr/share/sobes/Content")
        #expect(ContentLocator.bundledDirectory(executable: "/nonexistent-sobes/bin/sobes") == nil)
    }

    @Test func theExecutableIsTheRunningProgramsFileWithLinksFollowed() {
        let path = ContentLocator.executablePath()
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
        #expect(resolvedPath(path) == path)
    }

    @Test func themesShipBesideContent() {
        #expect(ContentLocator.themesDirectory(contentDirectory: "/opt/sobes/Content") == "/opt/sobes/Themes")
        #expect(ContentLocator.themesDirectory(contentDirectory: "/opt/sobes/Content/") == "/opt/sobes/Themes")
        #expect(ContentLocator.themesDirectory(contentDirectory: "/Content") == "/Themes")
        #expect(ContentLocator.themesDirectory(contentDirectory: "Content") == currentDirectoryPath() + "/Themes")
    }

    @Test func parentsOfPaths() {
        #expect(ContentLocator.parent(of: "/usr/bin/sobes") == "/usr/bin")
        #expect(ContentLocator.parent(of: "/usr") == "/")
        #expect(ContentLocator.parent(of: "/") == "/")
    }
}
