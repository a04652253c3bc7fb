import Chapter
import Foundation
import Screen

/// Picks the theme: `--theme NAME|PATH`, else `theme = "..."` in the config file,
/// else the dark default; NO_COLOR or a terminal without colours gets monochrome.
/// A broken theme file gives a warning naming the file and key, and the default.
public struct ThemeSelection: Sendable {
    public var themesDirectory: String
    public var configFile: String?

    public init(themesDirectory: String, configFile: String?) {
        self.themesDirectory = themesDirectory
        self.configFile = configFile
    }

    /// `$XDG_CONFIG_HOME/sobes/config.toml`, else `~/.config/sobes/config.toml`. A relative
    /// XDG_CONFIG_HOME is ignored, as the XDG Base Directory spec says.
    public static func configFile(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/sobes/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/sobes/config.toml" }
        return nil
    }

    public func theme(named requested: String?, noColor: Bool, colorSupport: ColorSupport) -> (theme: Theme, warnings: [String]) {
        if noColor || colorSupport == .monochrome { return (.monochrome, []) }
        var warnings: [String] = []
        let name = requested ?? configuredThemeName(warnings: &warnings) ?? "dark"
        // The default theme is built in (ThemeTests keep it equal to Themes/dark.toml): no file
        // to read and no TOML parser to load on the way to the first frame.
        if name == "dark" { return (Theme.fallback.adapted(to: colorSupport), warnings) }
        let path = name.contains("/") || name.hasSuffix(".toml") ? name : "\(themesDirectory)/\(name).toml"
        guard let text = readUTF8File(path) else {
            warnings.append("\(path): no such theme; using the default")
            return (Theme.fallback.adapted(to: colorSupport), warnings)
        }
        do {
            let theme = try ThemeLoader.parse(text, name: name, path: path)
            return (theme.adapted(to: colorSupport), warnings)
        } catch {
            warnings.append("\(error.description); using the default theme")
            return (Theme.fallback.adapted(to: colorSupport), warnings)
        }
    }

    private func configuredThemeName(warnings: inout [String]) -> String? {
        guard let configFile, let text = readUTF8File(configFile) else { return nil }
        do {
            let config = try ConfigFile.parse(text, path: configFile)
            // Each problem once: the study commands report the [study] table's.
            warnings += config.warnings.filter { !$0.isStudySetting && !$0.isLibrarySetting }.map(\.message)
            return config.theme
        } catch {
            warnings.append(error.description)
            return nil
        }
    }
}
