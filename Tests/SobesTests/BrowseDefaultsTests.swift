import ArgumentParser
@testable import sobes
import Testing

/// `sobes` with no arguments skips the parser and opens `BrowseSettings()`: those must be the
/// settings that parsing no arguments gives, and each option must reach them.
@Suite struct BrowseDefaultsTests {
    @Test func theDefaultsAreTheSettingsOfNoArgumentsParsed() throws {
        #expect(try BrowseCommand.parse([]).settings == BrowseSettings())
    }

    @Test func everyOptionReachesTheSettings() throws {
        let parsed = try BrowseCommand.parse(["--content", "/a", "--content", "/b", "--verbose", "--theme", "light", "--data", "/d"])
        #expect(parsed.settings == BrowseSettings(library: LibrarySettings(content: ["/a", "/b"], verbose: true),
                                                  theme: "light", dataDirectory: "/d"))
    }

    @Test func theBrowserParsesItsOwnArgumentsAndAnythingElseGoesToTheRoot() throws {
        #expect(try Sobes.parseAsRoot(arguments: []) is BrowseCommand)
        #expect(try Sobes.parseAsRoot(arguments: ["--theme", "light"]) is BrowseCommand)
        #expect(try Sobes.parseAsRoot(arguments: ["list"]) is ListCommand)
        #expect(throws: (any Error).self) { try Sobes.parseAsRoot(arguments: ["--no-such-option"]) }
    }
}
