import Browser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens a link to the web outside the program: `$BROWSER` when set (its first command, `%s`
/// standing for the URL, else the URL appended), else `xdg-open`. The opener runs detached
/// (its own session, stdin, stdout and stderr on /dev/null, so it can neither draw over the
/// screen nor read the reader's keys) and is reaped in the background.
public struct ExternalOpener: Sendable {
    /// The command's words before the URL, with `%s` where the URL goes (if anywhere).
    let command: [String]?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        command = Self.command(environment: environment)
    }

    /// There is something to open links with.
    public var isAvailable: Bool { command != nil }

    static func command(environment: [String: String]) -> [String]? {
        if let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init) {
            let words = browser.split(separator: " ").map(String.init)
            if let program = words.first, findProgram(program, path: environment["PATH"]) != nil { return words }
        }
        return findProgram("xdg-open", path: environment["PATH"]) != nil ? ["xdg-open"] : nil
    }

    /// The words to run for a URL.
    func arguments(for url: String) -> [String]? {
        guard let command else { return nil }
        return command.contains { $0.contains("%s") }
            ? command.map { $0.replacingOccurrences(of: "%s", with: url) }
            : command + [url]
    }

    /// Starts the opener; nil when it started, else what went wrong in words.
    func open(_ url: String) -> String? {
        guard let arguments = arguments(for: url), let program = arguments.first else {
            return "Нечем открыть ссылку: \(url)"
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnSetSID)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, program, &actions, &attributes, &argv, environ)
        guard status == 0 else { return "Не запустился \(program): \(String(cString: strerror(status)))" }
        // Reaped when it ends, so no zombie is left; the loop never waits for it.
        let child = pid
        DispatchQueue.global(qos: .utility).async {
            var exitStatus: Int32 = 0
            _ = waitpid(child, &exitStatus, 0)
        }
        return nil
    }

    /// glibc's POSIX_SPAWN_SETSID (2.26+; a macro behind _GNU_SOURCE, so Swift does not see it):
    /// the opener starts its own session, with no controlling terminal to read from.
    private static let spawnSetSID: Int16 = 0x80

    private static func findProgram(_ name: String, path: String?) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for directory in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
