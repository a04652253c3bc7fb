import Testing
@testable import sobes

@Suite struct GlobalOptionsTests {
    @Test func optionsBeforeTheCommandGoAfterIt() {
        #expect(GlobalOptions.movedAfterCommand(["--content", "/lib", "list", "--format", "tsv"])
                == ["list", "--content", "/lib", "--format", "tsv"])
        #expect(GlobalOptions.movedAfterCommand(["--content=/lib", "--verbose", "show", "6"])
                == ["show", "--content=/lib", "--verbose", "6"])
        #expect(GlobalOptions.movedAfterCommand(["--data", "/d", "notes", "export", "--format", "json"])
                == ["notes", "export", "--data", "/d", "--format", "json"])
    }

    @Test func otherCommandLinesAreLeftAlone() {
        // The browser is the default command: its options stay where they are.
        #expect(GlobalOptions.movedAfterCommand(["--content", "/lib"]) == ["--content", "/lib"])
        #expect(GlobalOptions.movedAfterCommand(["--theme", "light", "list"]) == ["list", "--theme", "light"])
        #expect(GlobalOptions.movedAfterCommand(["list", "--content", "/lib"]) == ["list", "--content", "/lib"])
        // "list" here is the value of --content, not a command.
        #expect(GlobalOptions.movedAfterCommand(["--content", "list"]) == ["--content", "list"])
    }
}
