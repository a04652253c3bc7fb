import TOMLKit

/// The reader's settings file (TOML): `theme = "light"`, `library = ["~/interview", …]`, and a
/// `[study]` table with `fuzz = false` (exact intervals) and `desired_retention = 0.9`.
public struct ConfigFile: Sendable, Equatable {
    public var theme: String?
    /// Folders of chapters (or of tracks) read besides the bundled library, as written.
    public var library: [String] = []
    public var study = Study()
    /// Settings left out, and why.
    public var warnings: [ConfigWarning] = []

    /// `[study]`: how reviews are scheduled. Unset values leave the scheduler's defaults.
    public struct Study: Sendable, Equatable {
        public var fuzz: Bool?
        public var desiredRetention: Double?

        public init(fuzz: Bool? = nil, desiredRetention: Double? = nil) {
            self.fuzz = fuzz
            self.desiredRetention = desiredRetention
        }
    }

    public init(theme: String? = nil, library: [String] = [], study: Study = Study()) {
        self.theme = theme
        self.library = library
        self.study = study
    }

    /// `library` alone, for the library loader: a file it cannot read, or other keys that
    /// are wrong, are the other readers' to report (each problem once).
    public static func libraryFolders(_ text: String, path: String) throws(ThemeLoader.Failure) -> [String] {
        guard let table = try? TOMLTable(string: text), let value = table["library"] else { return [] }
        return try libraryFolders(value, path: path)
    }

    private static func libraryFolders(_ value: TOMLValueConvertible, path: String) throws(ThemeLoader.Failure) -> [String] {
        guard let folders = value.array?.map({ $0.string }), !folders.contains(nil) else {
            throw ThemeLoader.Failure(path: path, message: "library: expected a list of folder names, e.g. [\"~/interview\"]")
        }
        return folders.compactMap { $0 }
    }

    /// Reads the file. Only a file that is not TOML at all fails; a key that is unknown or
    /// holds the wrong kind of value is left out with a warning (`warnings`, each naming the
    /// file and the key), and the rest of the file still counts.
    public static func parse(_ text: String, path: String) throws(ThemeLoader.Failure) -> ConfigFile {
        let table = try TOMLDocument.table(text, path: path)
        var config = ConfigFile()
        for (key, value) in table {
            do throws(ThemeLoader.Failure) {
                switch key {
                case "theme":
                    guard let name = value.string else { throw ThemeLoader.Failure(path: path, message: "theme: expected a string") }
                    config.theme = name
                case "study":
                    guard let study = value.table else { throw ThemeLoader.Failure(path: path, message: "study: expected a table") }
                    config.study = parseStudy(study, path: path, warnings: &config.warnings)
                case "library":
                    config.library = try libraryFolders(value, path: path)
                default:
                    throw ThemeLoader.Failure(path: path, message: "unknown key \"\(key)\"")
                }
            } catch {
                config.warnings.append(ConfigWarning(key: key, message: error.description + " (ignored)"))
            }
        }
        return config
    }

    private static func parseStudy(_ table: TOMLTable, path: String, warnings: inout [ConfigWarning]) -> Study {
        var study = Study()
        for (key, value) in table {
            let message: String
            switch key {
            case "fuzz":
                guard let fuzz = value.bool else { message = "study.fuzz: expected true or false"; break }
                study.fuzz = fuzz
                continue
            case "desired_retention":
                guard let retention = value.double ?? value.int.map(Double.init), retention > 0, retention < 1 else {
                    message = "study.desired_retention: expected a number between 0 and 1"
                    break
                }
                study.desiredRetention = retention
                continue
            default:
                message = "unknown key \"study.\(key)\""
            }
            warnings.append(ConfigWarning(key: "study." + key, message: ThemeLoader.Failure(path: path, message: message).description + " (ignored)"))
        }
        return study
    }
}

/// A setting of config.toml that was left out, and why ("config.toml: unknown key …").
public struct ConfigWarning: Sendable, Equatable, CustomStringConvertible {
    /// The key as written, `study.fuzz` for one in a table: the setting's reader reports it.
    public var key: String
    public var message: String

    public var description: String { message }

    /// Whether the `[study]` table's reader reports it.
    public var isStudySetting: Bool { key == "study" || key.hasPrefix("study.") }
    /// Whether the library loader reports it (`ConfigFile.libraryFolders`); the rest are the
    /// theme reader's.
    public var isLibrarySetting: Bool { key == "library" }
}
