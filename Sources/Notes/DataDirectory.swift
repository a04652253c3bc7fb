/// Where the reader's data lives. Pure: the environment comes in as a dictionary, so the
/// rules are testable without touching the process environment.
public enum DataDirectory {
    /// The database's file name inside the data directory.
    public static let databaseFileName = "notes.sqlite"

    /// `--data DIR` > `SOBES_DATA_DIR` > `$XDG_DATA_HOME/sobes` > `$HOME/.local/share/sobes`.
    ///
    /// Empty values count as unset; a relative `XDG_DATA_HOME` is ignored, as the XDG base
    /// directory specification says. A leading `~/` is expanded (a quoted `--data "~/x"`
    /// reaches us unexpanded, and would otherwise create a directory named `~`). Throws
    /// when nothing gives a directory (no `HOME`).
    public static func resolve(explicit: String?, environment: [String: String]) throws -> String {
        if let explicit, !explicit.isEmpty {
            return expandingTilde(explicit, home: environment["HOME"])
        }
        if let own = environment["SOBES_DATA_DIR"], !own.isEmpty {
            return expandingTilde(own, home: environment["HOME"])
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return joined(xdg, "sobes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return joined(home, ".local/share/sobes")
        }
        throw NotesError.noDataDirectory
    }

    private static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty else { return path }
        if path == "~" { return home }
        if path.hasPrefix("~/") { return joined(home, String(path.dropFirst(2))) }
        return path
    }

    private static func joined(_ base: String, _ component: String) -> String {
        base.hasSuffix("/") ? base + component : base + "/" + component
    }
}
