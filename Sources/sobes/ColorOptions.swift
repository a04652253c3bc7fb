import ArgumentParser
import Browser
import Foundation

/// `--color` and `--theme`, on every command that prints colour, so they all decide alike.
struct ColorOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "auto (colour to a terminal; NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM=dumb and COLORTERM count), always or never.",
        valueName: "WHEN"))
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("A theme name from Themes/ (dark, light, mono) or a .toml file; default: config.toml's theme, else dark.",
                               valueName: "NAME|PATH"))
    var theme: String?

    /// How much colour this run's output carries.
    var depth: ColorDepth {
        ColorDecision.depth(color, environment: ProcessEnvironment.current, stdoutIsTerminal: Console.stdoutIsTerminal)
    }

    /// The theme `--theme` or the config file names, as this run may send it; nil: no colour.
    /// A broken theme is a warning, and the default is used.
    func resolvedTheme() -> Theme? {
        let depth = depth
        // A --theme that cannot be read is reported even when no colour is printed.
        guard depth != .none || self.theme != nil else { return nil }
        let content = ContentLocator.bundledDirectory() ?? ContentLocator.directory(option: nil)
        let (theme, warnings) = ThemeSelection.standard(contentDirectory: content)
            .theme(named: self.theme, noColor: false, colorSupport: .indexed256)
        for warning in warnings { Console.warn(warning) }
        return depth == .none ? nil : theme.limited(to: depth)
    }
}
