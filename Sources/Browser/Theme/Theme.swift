import Screen

/// Styles by role. A role a theme leaves out falls back to its parent role
/// (`ui.border.focused` → `ui.border`), then to `ui.text`.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> Style {
        if let style = styles[role] { return style }
        var key = role.rawValue
        while let dot = key.lastIndex(of: ".") {
            key = String(key[..<dot])
            if let parent = Role(rawValue: key), let style = styles[parent] { return style }
        }
        return styles[.text] ?? .plain
    }

    /// The same theme for a terminal with fewer colours; with none, attributes only.
    public func adapted(to support: ColorSupport) -> Theme {
        guard support < .indexed256 else { return self }
        if support == .monochrome { return .monochrome }
        var adapted = self
        for (role, style) in styles {
            var style = style
            style.foreground = style.foreground.approximated(for: support)
            style.background = style.background.approximated(for: support)
            adapted.styles[role] = style
        }
        return adapted
    }
}
