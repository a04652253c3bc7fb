import Screen

/// Styles by role. A role a theme leaves out falls back to its parent role
/// (`ui.border.focused` → `ui.border`), then to `ui.text`.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// The theme's own styles by role name (`Role.rawValue`). String keys, which the program
    /// has anyway: a dictionary of `Role` keys would cost the Swift runtime a scan of every
    /// protocol conformance the first time one is made, before the first frame.
    private var styles: [String: Style]
    /// The style of every role, fallbacks applied, at `Role.ordinal`: views ask for styles
    /// about 150 times a frame, and a lookup by name hashes the name each time.
    private var resolved: [Style]

    public init(name: String, styles: KeyValuePairs<Role, Style>) {
        self.name = name
        let own = Dictionary(styles.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: { $1 })
        self.styles = own
        self.resolved = Role.allCases.map { Self.resolve($0, in: own) }
    }

    /// The theme's own style for a role, without falling back to a parent; nil when it has none.
    public subscript(own role: Role) -> Style? {
        get { styles[role.rawValue] }
        set {
            styles[role.rawValue] = newValue
            // The roles that may fall back to this one: those under it, or all for ui.text.
            for other in Role.allCases where role == .text || other.rawValue.hasPrefix(role.rawValue) {
                resolved[other.ordinal] = Self.resolve(other, in: styles)
            }
        }
    }

    public func style(_ role: Role) -> Style {
        resolved[role.ordinal]
    }

    private static func resolve(_ role: Role, in styles: [String: Style]) -> Style {
        if let style = styles[role.rawValue] { return style }
        var key = role.rawValue
        while let dot = key.lastIndex(of: ".") {
            key = String(key[..<dot])
            if let style = styles[key] { return style }
        }
        return styles[Role.text.rawValue] ?? .plain
    }

    /// The theme with every style it has changed by `transform` (colours approximated, say).
    public func mappingStyles(_ transform: (Style) -> Style) -> Theme {
        var mapped = self
        mapped.styles = styles.mapValues(transform)
        let own = mapped.styles
        mapped.resolved = Role.allCases.map { Self.resolve($0, in: own) }
        return mapped
    }

    /// The same theme for a terminal with fewer colours; with none, attributes only.
    public func adapted(to support: ColorSupport) -> Theme {
        guard support < .indexed256 else { return self }
        if support == .monochrome { return .monochrome }
        return mappingStyles { style in
            var style = style
            style.foreground = style.foreground.approximated(for: support)
            style.background = style.background.approximated(for: support)
            return style
        }
    }
}
