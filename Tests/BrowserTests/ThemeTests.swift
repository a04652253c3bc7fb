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
        #expect(mono.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(mono.style(.listSelected).attributes.contains(.reverse))
    }

    @Test func missingRolesFallBackToTheirParent() {
        let theme = Theme(name: "t", styles: [.text: Style(foreground: .red), .border: Style(foreground: .blue)])
        #expect(theme.style(.borderFocused).foreground == .blue)
        #expect(theme.style(.heading).foreground == .red)
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
        #expect(throws: ThemeLoader.Failure.self) { try ConfigFile.parse("library = \"one\"\n", path: "c.toml") }
        #expect(throws: ThemeLoader.Failure.self) { try ConfigFile.parse("library = [1]\n", path: "c.toml") }
        // The library loader reads `library` alone: other keys' problems are their readers' to report.
        #expect(try ConfigFile.libraryFolders("library = [\"a\"]\n[study]\nfuzz = \"no\"\n", path: "c.toml") == ["a"])
        #expect(try ConfigFile.libraryFolders("not toml = = =", path: "c.toml") == [])
        #expect(throws: ThemeLoader.Failure.self) { try ConfigFile.libraryFolders("library = 3\n", path: "c.toml") }
    }
}
