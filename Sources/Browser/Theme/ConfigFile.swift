import TOMLKit

/// The reader's settings file (TOML): `theme = "light"`, `library = ["~/interview", …]`.
public struct ConfigFile: Sendable, Equatable {
    public var theme: String?
    /// Folders of chapters (or of tracks) read besides the bundled library, as written.
    public var library: [String] = []

    public static func parse(_ text: String, path: String) throws(ThemeLoader.Failure) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeLoader.Failure(path: path, message: "line \(error.source.begin.line): \(error.description)")
        } catch {
            throw ThemeLoader.Failure(path: path, message: "not a TOML file")
        }
        var config = ConfigFile()
        for (key, value) in table {
            switch key {
            case "theme":
                guard let name = value.string else { throw ThemeLoader.Failure(path: path, message: "theme: expected a string") }
                config.theme = name
            case "library":
                guard let folders = value.array?.map({ $0.string }), !folders.contains(nil) else {
                    throw ThemeLoader.Failure(path: path, message: "library: expected a list of folder names, e.g. [\"~/interview\"]")
                }
                config.library = folders.compactMap { $0 }
            default:
                throw ThemeLoader.Failure(path: path, message: "unknown key \"\(key)\"")
            }
        }
        return config
    }
}
