import Foundation

/// Finds the library to open: `--content`, then `SOBES_CONTENT`, then the Content/
/// that ships with the program (beside the source tree of a `swift build`, or in
/// `PREFIX/share/sobes` after `make install`), whatever the current directory is.
enum ContentLocator {
    static func directory(option: String?, environment: [String: String] = ProcessEnvironment.current) -> String {
        if let option { return option }
        if let fromEnvironment = environment["SOBES_CONTENT"], !fromEnvironment.isEmpty { return fromEnvironment }
        return bundledDirectory() ?? "Content"
    }

    /// The first `Content` (or `share/sobes/Content`) in the executable's folder or above it.
    static func bundledDirectory(executable: String = executablePath()) -> String? {
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            for candidate in ["share/sobes/Content", "../share/sobes/Content", "Content"] {
                let directory = folder.appendingPathComponent(candidate).standardizedFileURL
                if FileManager.default.fileExists(atPath: directory.appendingPathComponent("README.md").path) {
                    return directory.path
                }
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Themes ship beside Content.
    static func themesDirectory(contentDirectory: String) -> String {
        URL(fileURLWithPath: contentDirectory).deletingLastPathComponent().appendingPathComponent("Themes").path
    }
}
