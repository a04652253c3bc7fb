/// Where the cache lives: `SOBES_CACHE_DIR` > `$XDG_CACHE_HOME/sobes` > `$HOME/.cache/sobes`.
/// Empty values count as unset; a relative `XDG_CACHE_HOME` is ignored, as the XDG base
/// directory specification says. Nil when nothing gives a directory: Sobes then works
/// without a cache.
public enum CacheLocation {
    public static func directory(environment: [String: String]) -> String? {
        if let own = environment["SOBES_CACHE_DIR"], !own.isEmpty { return own }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return joined(xdg, "sobes") }
        if let home = environment["HOME"], !home.isEmpty { return joined(home, ".cache/sobes") }
        return nil
    }

    static func joined(_ base: String, _ component: String) -> String {
        base.hasSuffix("/") ? base + component : base + "/" + component
    }
}
