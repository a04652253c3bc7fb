import Foundation

/// The desktop's clipboard tool, beside OSC 52 (which a terminal may ignore): `wl-copy`
/// under Wayland, else `xclip` or `xsel` under X, found on PATH. Run in the background with
/// the text on its standard input and its output thrown away, so it never draws on the
/// screen nor holds up a key.
public struct SystemClipboard: Sendable {
    /// The tool and its arguments; nil: there is no display or no tool.
    public let command: [String]?

    public init(command: [String]?) {
        self.command = command
    }

    public static let none = SystemClipboard(command: nil)

    /// The tool for this session's display, if one is installed.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> SystemClipboard {
        var candidates: [[String]] = []
        if environment["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true { candidates.append(["wl-copy"]) }
        if environment["DISPLAY"].map({ !$0.isEmpty }) == true {
            candidates += [["xclip", "-selection", "clipboard", "-in"], ["xsel", "--clipboard", "--input"]]
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for candidate in candidates {
            if let tool = path.lazy.map({ $0 + "/" + candidate[0] }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
                return SystemClipboard(command: [tool] + candidate.dropFirst())
            }
        }
        return .none
    }

    private static let queue = DispatchQueue(label: "sobes.clipboard", qos: .utility)

    /// Hands `text` to the tool; what it says and whether it works are not waited for here.
    public func copy(_ text: String) {
        guard let command else { return }
        Self.queue.async {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return }
            input.fileHandleForWriting.write(Data(text.utf8))
            try? input.fileHandleForWriting.close()
            // The tools fork a child that serves the selection; the parent ends at once.
            process.waitUntilExit()
        }
    }
}
