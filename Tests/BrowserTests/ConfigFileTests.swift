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
        ("[study]\nfuzz = \"no\"", "config.toml: study.fuzz: expected true or false"),
        ("[study]\ndesired_retention = 1.5", "config.toml: study.desired_retention: expected a number between 0 and 1"),
        ("[study]\nfuz = false", "config.toml: unknown key \"study.fuz\""),
        ("study = 1", "config.toml: study: expected a table"),
    ])
    func badStudySettingsNameTheKey(text: String, message: String) {
        #expect(throws: ThemeLoader.Failure.self) { try ConfigFile.parse(text, path: "config.toml") }
        do {
            _ = try ConfigFile.parse(text, path: "config.toml")
        } catch {
            #expect(error.description == message)
        }
    }
}
