import ArgumentParser
@testable import sobes
import Testing

/// `sobes` with no arguments skips the parser: the command it makes must be the one parsing
/// no arguments makes, with every option given a value.
@Suite struct BrowseDefaultsTests {
    /// The property wrappers that still hold their definition rather than a value, by name:
    /// reading one would trap.
    static func unset(in value: Any, path: String = "") -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            let name = path + (child.label ?? "?")
            // Each ArgumentParser wrapper keeps `_parsedValue`, `.value(...)` or `.definition(...)`.
            guard let parsed = Mirror(reflecting: child.value).children.first(where: { $0.label == "_parsedValue" }) else { continue }
            guard let state = Mirror(reflecting: parsed.value).children.first else { continue }
            if state.label == "definition" {
                found.append(name)
            } else if state.label == "value" {
                found += unset(in: state.value, path: name + ".")
            }
        }
        return found
    }

    @Test func everyOptionHasAValueAndTheDefaultsAreTheParsedOnes() throws {
        let made = BrowseCommand.withDefaults
        #expect(Self.unset(in: made) == [])
        // The check itself sees a wrapper left unset.
        #expect(Self.unset(in: BrowseCommand()).count == 3)
        let parsed = try BrowseCommand.parse([])
        #expect(made.library.content == parsed.library.content)
        #expect(made.library.verbose == parsed.library.verbose)
        #expect(made.theme == parsed.theme)
        #expect(made.data.directory == parsed.data.directory)
    }

    @Test func noArgumentsOpenTheBrowserAndAnythingElseIsParsed() throws {
        #expect(try Sobes.parseAsRoot(arguments: []) is BrowseCommand)
        #expect(try Sobes.parseAsRoot(arguments: ["--theme", "light"]) is BrowseCommand)
        #expect(try Sobes.parseAsRoot(arguments: ["list"]) is ListCommand)
        #expect(throws: (any Error).self) { try Sobes.parseAsRoot(arguments: ["--no-such-option"]) }
    }
}
