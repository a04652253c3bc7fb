import Foundation
import Screen
import Testing
@testable import Browser

@Suite struct ThemeTests {
    let themes = TestLibrary.repositoryRoot + "/Themes"

    func load(_ name: String) throws -> Theme {
        let path = "\(themes)/\(name).toml"
        return try ThemeLoader.parse(try String(contentsOfFile: path, encoding: .utf8), name: name, path: path)
    }

    @Test func darkFileIsTheBuiltInFallback() throws {
        let dark = try load("dark")
        for role in Role.allCases {
            #expect(dark.style(role) == Theme.fallback.style(role), "\(role.rawValue)")
        }
    }

    @Test func shippedThemesLoadAndDiffer() throws {
        let light = try load("light")
        let mono = try load("mono")
        #expect(light.style(.heading).foreground == .rgb(0x00, 0x5F, 0xD7))
        #expect(Role.allCases.compactMap { mono[own: $0] }.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(mono.style(.listSelected).attributes.contains(.reverse))
    }

    @Test func missingRolesFallBackToTheirParent() {
        let theme = Theme(name: "t", styles: [.text: Style(foreground: .red), .border: Style(foreground: .blue)])
        #expect(theme.style(.borderFocused).foreground == .blue)
        #expect(theme.style(.heading).foreground == .red)
    }

    @Test func everyRoleHasItsOwnPlaceInTheResolvedStyles() {
        #expect(Role.allCases.map(\.ordinal) == Array(Role.allCases.indices))
    }

    @Test func changedStylesAreTheOnesLookedUp() {
        var theme = Theme(name: "t", styles: [.text: Style(foreground: .ansi(1)), .border: Style(foreground: .ansi(2))])
        #expect(theme.style(.borderFocused) == Style(foreground: .ansi(2)))
        theme[own: .border] = Style(foreground: .ansi(3))
        #expect(theme.style(.borderFocused) == Style(foreground: .ansi(3)))
        #expect(theme.style(.keyword) == Style(foreground: .ansi(1)))
        #expect(theme.adapted(to: .ansi16).style(.border) == Style(foreground: .ansi(3)))
        theme[own: .text] = Style(foreground: .ansi(4))
        #expect(theme.style(.keyword) == Style(foreground: .ansi(4)))
        theme[own: .border] = nil
        #expect(theme.style(.borderFocused) == Style(foreground: .ansi(4)))
    }

    @Test func badColourNamesTheFileAndKey() {
        #expect(throws: ThemeLoader.Failure(path: "x.toml", message: "markup.heading.fg: unknown colour \"chartreuse-ish\"")) {
            try ThemeLoader.parse(#""markup.heading" = { fg = "chartreuse-ish" }"#, name: "x", path: "x.toml")
        }
    }

    @Test func unknownKeyNamesTheFileAndKey() {
        #expect(throws: ThemeLoader.Failure(path: "x.toml", message: "unknown key \"ui.sparkles\"")) {
            try ThemeLoader.parse(#""ui.sparkles" = "red""#, name: "x", path: "x.toml")
        }
    }

    @Test func brokenThemeGivesAWarningAndTheDefault() throws {
        let path = NSTemporaryDirectory() + "sobes-theme-\(UUID().uuidString).toml"
        try #"("ui.text" = { modifiers = ["sparkly"] }"#.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let selection = ThemeSelection(themesDirectory: themes, configFile: nil)
        let (theme, warnings) = selection.theme(named: path, noColor: false, colorSupport: .indexed256)
        #expect(theme == .fallback)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix(path + ":") == true)
    }

    @Test func aRelativeXDGConfigHomeIsIgnoredAsTheSpecSays() {
        #expect(ThemeSelection.configFile(environment: ["XDG_CONFIG_HOME": "/etc/x", "HOME": "/h"]) == "/etc/x/sobes/config.toml")
        #expect(ThemeSelection.configFile(environment: ["XDG_CONFIG_HOME": "conf", "HOME": "/h"]) == "/h/.config/sobes/config.toml")
        #expect(ThemeSelection.configFile(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/sobes/config.toml")
        #expect(ThemeSelection.configFile(environment: ["XDG_CONFIG_HOME": "conf"]) == nil)
    }

    @Test func configFileChoosesTheThemeAndNoColorWins() throws {
        let config = NSTemporaryDirectory() + "sobes-config-\(UUID().uuidString).toml"
        try #"theme = "light""#.write(toFile: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let selection = ThemeSelection(themesDirectory: themes, configFile: config)
        #expect(selection.theme(named: nil, noColor: false, colorSupport: .indexed256).theme.name == "light")
        #expect(selection.theme(named: "mono", noColor: false, colorSupport: .indexed256).theme.name == "mono")
        #expect(selection.theme(named: nil, noColor: true, colorSupport: .indexed256).theme == .monochrome)
        #expect(selection.theme(named: nil, noColor: false, colorSupport: .monochrome).theme == .monochrome)
        let sixteen = selection.theme(named: "dark", noColor: false, colorSupport: .ansi16).theme
        #expect(Role.allCases.allSatisfy { role in
            if case .indexed = sixteen.style(role).foreground { return false }
            return true
        })
    }
}

@Suite struct ConfigLibraryTests {
    @Test func theConfigNamesLibraryFolders() throws {
        let config = try ConfigFile.parse("theme = \"light\"\nlibrary = [\"~/interview\", \"tracks\"]\n", path: "c.toml")
        #expect(config.library == ["~/interview", "tracks"])
        // A library setting of the wrong kind is left out with a warning the library loader gives.
        for text in ["library = \"one\"\n", "library = [1]\n"] {
            let config = try ConfigFile.parse(text, path: "c.toml")
            #expect(config.library.isEmpty && config.warnings.map(\.isLibrarySetting) == [true])
        }
        // The library loader reads `library` alone: other keys' problems are their readers' to report.
        #expect(try ConfigFile.libraryFolders("library = [\"a\"]\n[study]\nfuzz = \"no\"\n", path: "c.toml") == ["a"])
        #expect(try ConfigFile.libraryFolders("not toml = = =", path: "c.toml") == [])
        #expect(throws: ThemeLoader.Failure.self) { try ConfigFile.libraryFolders("library = 3\n", path: "c.toml") }
    }
}

/// TOML that made toml++ (inside TOMLKit) assert and abort the process: found by the TOML
/// fuzzer (issue 11). Each is one failure naming the file and the line.
@Suite struct HostileTOMLTests {
    @Test(arguments: [
        "a = [}", "a = [1, }", "a = [[1, }]", "a = [{}, }",
        "\"ui.title\" = { fg = \"accent\", modifiers = [\"bold\", }",
        "# comment\na = [\n  1, # } not this one\n  }\n",
    ])
    func aBraceWhereAnArrayExpectsAValueIsOneLine(text: String) {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasSuffix("}") || $0.hasSuffix("}]") }! + 1
        let expected = ThemeLoader.Failure(path: "t.toml", message: "line \(line): expected a value or ']', saw '}'")
        #expect(throws: expected) { try ThemeLoader.parse(text, name: "t", path: "t.toml") }
        let config = ThemeLoader.Failure(path: "config.toml", message: expected.message)
        #expect(throws: config) { try ConfigFile.parse(text, path: "config.toml") }
    }

    @Test func bracesInStringsAndCommentsAndInlineTablesAreFine() throws {
        let text = """
            # a } in a comment, and [ too
            "ui.title" = { fg = "#ffffff", modifiers = ["bold"] }
            [palette]
            accent = '#00ff00'  # '}'
            "x}" = "red"
            multi = \"\"\"
            [ } \\\" still a string ]\"\"\"
            """
        #expect(TOMLDocument.firstAssertionTrigger(text) == nil)
        #expect(TOMLDocument.firstAssertionTrigger("a = [ { b = 1 }, { c = [2] } ]") == nil)
        #expect(TOMLDocument.firstAssertionTrigger("[ \"quoted\".key ]\n[[ list ]]\n[a-b_1]\nx = [\n[1]]") == nil)
    }

    @Test(arguments: ["a = 1979-05-27T\u{10}7:32:00", "a = 1.5e3", "a = 1.", "a = .5", "a = inf", "a = [1, 0x10]",
                      "a = { b = 07:32:00 }", "a = nan"])
    func valuesThemesNeverUseAreOneLine(text: String) {
        let expected = ThemeLoader.Failure(
            path: "t.toml", message: "line 1: expected a string, a whole number, true, false, an array or a table")
        #expect(throws: expected) { try ThemeLoader.parse(text, name: "t", path: "t.toml") }
    }

    @Test func theSupportedValuesPass() {
        let text = "a = \"s\"\nb = 'l'\nc = -12\nd = 1_000\ne = true\nf = [1, \"x\", [false]]\ng = { h = +3 }\nr = 0.85\n[[list]]\n[ table . sub ]\n"
        #expect(TOMLDocument.firstAssertionTrigger(text) == nil)
    }

    @Test(arguments: ["[=]", "[.a]", "[é]", "[[=]]", "[ \u{FFFD}]", "a = 1\n  [.b]", "a = 1\n[\n\"b\" = 2", "\u{FEFF}[\n"])
    func aTableHeaderWithoutAKeyIsOneLine(text: String) {
        let line = text.split(separator: "\n").firstIndex { $0.contains("[") }! + 1
        let expected = ThemeLoader.Failure(path: "t.toml", message: "line \(line): expected a key in the table header")
        #expect(throws: expected) { try ThemeLoader.parse(text, name: "t", path: "t.toml") }
        #expect(throws: ThemeLoader.Failure(path: "c.toml", message: expected.message)) { try ConfigFile.parse(text, path: "c.toml") }
    }
}

@Suite struct TrueColourThemeTests {
    @Test func aThemesRGBColoursStayOnATrueColourTerminal() {
        var theme = Theme.fallback
        theme[own: .heading] = Style(foreground: .rgb(0xE0, 0x6C, 0x75))
        #expect(theme.adapted(to: .trueColor).style(.heading).foreground == .rgb(0xE0, 0x6C, 0x75))
        #expect(theme.adapted(to: .ansi16).style(.heading).foreground != .rgb(0xE0, 0x6C, 0x75))
    }
}
