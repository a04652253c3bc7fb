import Testing
@testable import Browser

@Suite struct ConfigFileTests {
    @Test func readsTheStudyTable() throws {
        let config = try ConfigFile.parse("""
            theme = "light"
            [study]
            fuzz = false
            desired_retention = 0.85
            """, path: "config.toml")
        #expect(config == ConfigFile(theme: "light", study: .init(fuzz: false, desiredRetention: 0.85)))
        #expect(try ConfigFile.parse(#"theme = "dark""#, path: "c").study == .init())
    }

    @Test(arguments: [
        ("[study]\nfuzz = \"no\"", "config.toml: study.fuzz: expected true or false (ignored)"),
        ("[study]\ndesired_retention = 1.5", "config.toml: study.desired_retention: expected a number between 0 and 1 (ignored)"),
        ("[study]\nfuz = false", "config.toml: unknown key \"study.fuz\" (ignored)"),
        ("study = 1", "config.toml: study: expected a table (ignored)"),
        ("colour = \"red\"", "config.toml: unknown key \"colour\" (ignored)"),
    ])
    func aBadSettingIsLeftOutWithAWarningAndTheRestCounts(text: String, message: String) throws {
        let config = try ConfigFile.parse("theme = \"light\"\n" + text + "\n", path: "config.toml")
        #expect(config.warnings.map(\.message) == [message])
        #expect(config.theme == "light", "one bad key no longer throws the file away")
    }

    @Test func aFileThatIsNotTOMLStillFails() {
        #expect(throws: ThemeLoader.Failure.self) { try ConfigFile.parse("theme = = 1", path: "config.toml") }
    }

    @Test func eachReaderReportsItsOwnSettings() throws {
        let config = try ConfigFile.parse("x = 1\n[study]\ny = 2\n", path: "c")
        #expect(config.warnings.filter(\.isStudySetting).map(\.key) == ["study.y"])
        #expect(config.warnings.filter { !$0.isStudySetting }.map(\.key) == ["x"])
        #expect(try ConfigFile.parse("library = 3\n", path: "c").warnings.allSatisfy(\.isLibrarySetting))
    }
}
