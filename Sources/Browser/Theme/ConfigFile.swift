import TOMLKit

/// The reader's settings file (TOML): `theme = "light"`, `library = ["~/interview", …]`, and a
/// `[study]` table with `fuzz = false` (exact intervals) and `desired_retention = 0.9`.
public struct ConfigFile: Sendable, Equatable {
    public var theme: String?
    /// Folders of chapters (or of tracks) read besides the bundled library, as written.
    public var library: [String] = []
    public var study = Study()

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

    public static func parse(_ text: String, path: String) throws(ThemeLoader.Failure) -> ConfigFile {
        let table = try TOMLDocument.table(text, path: path)
        var config = ConfigFile()
        for (key, value) in table {
            switch key {
            case "theme":
                guard let name = value.string else { throw ThemeLoader.Failure(path: path, message: "theme: expected a string") }
                config.theme = name
            case "study":
                guard let study = value.table else { throw ThemeLoader.Failure(path: path, message: "study: expected a table") }
                config.study = try parseStudy(study, path: path)
            case "library":
                config.library = try libraryFolders(value, path: path)
            default:
                throw ThemeLoader.Failure(path: path, message: "unknown key \"\(key)\"")
            }
        }
        return config
    }

    private static func parseStudy(_ table: TOMLTable, path: String) throws(ThemeLoader.Failure) -> Study {
        var study = Study()
        for (key, value) in table {
            switch key {
            case "fuzz":
                guard let fuzz = value.bool else { throw ThemeLoader.Failure(path: path, message: "study.fuzz: expected true or false") }
                study.fuzz = fuzz
            case "desired_retention":
                guard let retention = value.double ?? value.int.map(Double.init), retention > 0, retention < 1 else {
                    throw ThemeLoader.Failure(path: path, message: "study.desired_retention: expected a number between 0 and 1")
                }
                study.desiredRetention = retention
            default:
                throw ThemeLoader.Failure(path: path, message: "unknown key \"study.\(key)\"")
            }
        }
        return study
    }
}
