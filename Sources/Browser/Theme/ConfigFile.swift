import TOMLKit

/// The reader's settings file (TOML): for now, `theme = "light"`.
public struct ConfigFile: Sendable, Equatable {
    public var theme: String?

    public static func parse(_ text: String, path: String) throws(ThemeLoader.Failure) -> ConfigFile {
        let table = try TOMLDocument.table(text, path: path)
        var config = ConfigFile()
        for (key, value) in table {
            switch key {
            case "theme":
                guard let name = value.string else { throw ThemeLoader.Failure(path: path, message: "theme: expected a string") }
                config.theme = name
            default:
                throw ThemeLoader.Failure(path: path, message: "unknown key \"\(key)\"")
            }
        }
        return config
    }
}
