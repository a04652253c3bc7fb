import ArgumentParser
@testable import sobes
import Testing

/// A command without commands of its own is parsed by itself (`Sobes.parseAsRoot(arguments:)`):
/// it must give what the root's parse gives, the same command or the same first line of error.
@Suite struct LeafCommandParsingTests {
    static let cases: [[String]] = [
        ["search", "семафор", "--content", "/lib"],
        ["search", "event", "loop", "--limit", "3", "--format", "json", "--prefix"],
        ["search", "--limit=2", "gather"],
        ["search", "x", "--", "--limit"],
        ["search"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "many"],
        ["search", "x", "--no-such-option"],
        ["search", "x", "--format", "yaml"],
        ["show", "6", "--content", "/lib"],
        ["list", "--format", "tsv", "extra"],
        ["check", "--content"],
    ]

    @Test(arguments: cases) func leafParsesAsTheRootDoes(_ arguments: [String]) {
        #expect(Sobes.leafCommand(named: arguments[0]) != nil)
        let direct = Self.outcome { try Sobes.parseAsRoot(arguments: arguments) }
        let viaRoot = Self.outcome { try Sobes.parseAsRoot(arguments) }
        #expect(direct == viaRoot)
    }

    @Test func searchIsParsedWithItsValues() throws {
        let command = try #require(try Sobes.parseAsRoot(arguments: ["search", "event", "loop", "--limit", "3", "--prefix"]) as? SearchCommand)
        #expect(command.query == ["event", "loop"])
        #expect(command.limit == 3)
        #expect(command.prefix)
    }

    @Test func commandsWithCommandsAndHelpGoThroughTheRoot() throws {
        #expect(Sobes.leafCommand(named: "notes") == nil)
        #expect(Sobes.leafCommand(named: "help") == nil)
        #expect(Sobes.leafCommand(named: "семафор") == nil)
        // Help asked of a command is the root's HelpCommand-like result, not a parse error.
        #expect(Self.outcome { try Sobes.parseAsRoot(arguments: ["search", "--help"]) }
            == Self.outcome { try Sobes.parseAsRoot(["search", "--help"]) })
    }

    /// The command's type and its arguments as dumped, or the error's first line and exit code.
    static func outcome(_ parse: () throws -> ParsableCommand) -> String {
        do {
            let command = try parse()
            var dumped = ""
            dump(command, to: &dumped)
            return "\(type(of: command)): " + dumped
        } catch {
            let line = Sobes.message(for: error).split(separator: "\n").first.map(String.init) ?? ""
            return "error \(Sobes.exitCode(for: error).rawValue): \(line)"
        }
    }
}
