import Chapter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the library to open: `--content`, then `SOBES_CONTENT`, then the Content/
/// that ships with the program (beside the source tree of a `swift build`, or in
/// `PREFIX/share/sobes` after `make install`), whatever the current directory is.
enum ContentLocator {
    static func directory(option: String?, environment: [String: String] = ProcessEnvironment.current) -> String {
        if let option { return option }
        if let fromEnvironment = environment["SOBES_CONTENT"], !fromEnvironment.isEmpty { return fromEnvironment }
        return bundledDirectory() ?? "Content"
    }

    /// The first `Content` (or `share/sobes/Content`) in the executable's folder or above it;
    /// looked for once per process.
    static func bundledDirectory() -> String? { bundled }

    private static let bundled = bundledDirectory(executable: executablePath())

    /// Works on the resolved path's text (Foundation's URL steps cost more than the look-ups).
    static func bundledDirectory(executable: String) -> String? {
        var folder = parent(of: resolvedPath(executable) ?? standardizedPath(executable, currentDirectory: currentDirectoryPath()))
        while folder != "/" {
            let above = parent(of: folder)
            let candidates = [folder + "/share/sobes/Content", (above == "/" ? "" : above) + "/share/sobes/Content", folder + "/Content"]
            if let found = candidates.first(where: { access($0 + "/README.md", F_OK) == 0 }) { return found }
            folder = above
        }
        return nil
    }

    /// The folder holding an absolute path ("/" for "/x").
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// The running program's file, links followed (Chapter's `resolvedPath`: realpath, not
    /// Foundation's file manager, whose code would fault in before the first frame).
    static func executablePath() -> String {
        resolvedPath("/proc/self/exe") ?? CommandLine.arguments[0]
    }

    /// Themes ship beside Content.
    /// (By the path's text: Foundation's URL steps build a Set the first time, before the first frame.)
    static func themesDirectory(contentDirectory: String) -> String {
        let folder = parent(of: standardizedPath(contentDirectory, currentDirectory: currentDirectoryPath()))
        return (folder == "/" ? "" : folder) + "/Themes"
    }
}
