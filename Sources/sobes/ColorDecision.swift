import ArgumentParser
import Browser
import Screen

/// `--color WHEN`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

/// How much colour a command's output carries.
enum ColorDepth: Equatable {
    /// No escape sequences at all.
    case none
    /// The xterm 256-colour palette: what every colour terminal shows.
    case palette256
    /// 24-bit colour, only when the terminal says it draws it.
    case trueColor
}

/// The one decision every colouring command makes, following the common conventions:
/// `--color always|never` wins; in auto, a non-empty NO_COLOR turns colour off (even when
/// something else forces it: it is the reader's own request), a non-empty CLICOLOR_FORCE other
/// than "0" or FORCE_COLOR other than "0"/"false" turns it on even to a pipe, TERM=dumb turns
/// it off, and otherwise colour goes only to a terminal. True colour needs COLORTERM=truecolor
/// (or 24bit, or FORCE_COLOR=3); else the 256-colour palette approximates it.
enum ColorDecision {
    static func depth(_ choice: ColorChoice, environment: [String: String], stdoutIsTerminal: Bool) -> ColorDepth {
        switch choice {
        case .never: return .none
        case .always: break
        case .auto: if !isWanted(environment: environment, stdoutIsTerminal: stdoutIsTerminal) { return .none }
        }
        return hasTrueColor(environment: environment) ? .trueColor : .palette256
    }

    private static func isWanted(environment: [String: String], stdoutIsTerminal: Bool) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0", force.lowercased() != "false" { return true }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTerminal
    }

    private static func hasTrueColor(environment: [String: String]) -> Bool {
        let colorTerm = environment["COLORTERM"]?.lowercased()
        return colorTerm == "truecolor" || colorTerm == "24bit" || environment["FORCE_COLOR"] == "3"
    }
}

extension Theme {
    /// The theme as output of `depth` may send it: without true colour, 24-bit colours become
    /// the nearest of the 256; with no colour, attributes only.
    func limited(to depth: ColorDepth) -> Theme {
        switch depth {
        case .none: return .monochrome
        case .trueColor: return self
        case .palette256:
            return mappingStyles { style in
                var style = style
                style.foreground = style.foreground.approximated(for: .indexed256)
                style.background = style.background.approximated(for: .indexed256)
                return style
            }
        }
    }
}
