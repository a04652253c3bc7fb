import Browser
import Foundation
import Runtime
import Screen
import Testing

/// `E`: the note in the reader's own editor, run for real through the shell on the lent
/// terminal; what it writes is saved as a revision, a failed editor changes nothing.
@Suite struct OutsideEditorTests {
    /// A shell script standing in for the reader's editor.
    static func editor(_ body: String, in directory: String) throws -> String {
        let path = directory + "/editor.sh"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func whatTheEditorWritesIsSavedAndShown() throws {
        try Fixture.withDataDirectory { directory in
            let editor = try Self.editor(#"printf 'из редактора\n' >> "$1""#, in: directory + "-bin")
            defer { try? FileManager.default.removeItem(atPath: directory + "-bin") }
            let run = Fixture.run([.wait(.milliseconds(200)), .key("E"), .wait(.seconds(1))], dataDirectory: directory,
                                  environment: ["EDITOR": editor])
            #expect(run.terminal.lendings == 1)
            #expect(Fixture.storedNote(titled: Fixture.firstTitle, in: directory) == "из редактора\n")
            #expect(run.terminal.screenText.contains("из редактора"))
        }
    }

    @Test func visualComesBeforeEditorAndAFailedEditorChangesNothing() throws {
        try Fixture.withDataDirectory { directory in
            let failing = try Self.editor("exit 3", in: directory + "-bin")
            defer { try? FileManager.default.removeItem(atPath: directory + "-bin") }
            let run = Fixture.run([.wait(.milliseconds(200)), .key("E"), .wait(.milliseconds(500))], dataDirectory: directory,
                                  environment: ["VISUAL": failing, "EDITOR": "/bin/true"])
            #expect(Fixture.storedNote(titled: Fixture.firstTitle, in: directory) == nil)
            #expect(run.state.message?.contains("кодом 3") == true, "\(run.state.message ?? "")")
        }
    }
}
