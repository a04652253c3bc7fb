import Foundation
import Runtime
import Testing

/// The desktop's clipboard tool: chosen by the display the session has, fed the text.
@Suite struct SystemClipboardTests {
    /// A folder on PATH with stand-ins for the tools that write what they read to a file.
    func withTools(_ names: [String], _ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "sobes-clipboard-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in names {
            let script = "#!/bin/sh\necho \"$0 $*\" > \"\(folder)/\(name).args\"\ncat > \"\(folder)/\(name).in\"\n"
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        }
        try body(folder)
    }

    @Test func theToolFollowsTheDisplay() throws {
        try withTools(["wl-copy", "xclip", "xsel"]) { folder in
            #expect(SystemClipboard.fromEnvironment(["PATH": folder, "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"]).command == [folder + "/wl-copy"])
            #expect(SystemClipboard.fromEnvironment(["PATH": folder, "DISPLAY": ":0"]).command == [folder + "/xclip", "-selection", "clipboard", "-in"])
            #expect(SystemClipboard.fromEnvironment(["PATH": folder]).command == nil, "no display, no tool: OSC 52 alone")
            #expect(SystemClipboard.fromEnvironment(["PATH": folder, "DISPLAY": ""]).command == nil)
        }
        try withTools(["xsel"]) { folder in
            #expect(SystemClipboard.fromEnvironment(["PATH": "/nonexistent:" + folder, "DISPLAY": ":0"]).command
                    == [folder + "/xsel", "--clipboard", "--input"])
            #expect(SystemClipboard.fromEnvironment(["PATH": folder, "WAYLAND_DISPLAY": "w"]).command == nil)
        }
    }

    @Test func theTextReachesTheToolsInput() throws {
        try withTools(["xclip"]) { folder in
            let clipboard = SystemClipboard.fromEnvironment(["PATH": folder, "DISPLAY": ":0"])
            let text = "async def main():\n    await asyncio.sleep(1)\n"
            clipboard.copy(text)
            var received: String?
            for _ in 0..<200 where received != text {
                usleep(10_000)
                received = try? String(contentsOfFile: folder + "/xclip.in", encoding: .utf8)
            }
            #expect(received == text)
        }
    }
}
