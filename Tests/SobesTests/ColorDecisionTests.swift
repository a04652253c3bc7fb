import Browser
import Screen
import Testing
@testable import sobes

@Suite struct ColorDecisionTests {
    /// (--color, environment, stdout is a terminal, expected depth).
    static let table: [(ColorChoice, [String: String], Bool, ColorDepth)] = [
        (.auto, [:], true, .palette256),
        (.auto, [:], false, .none),
        (.auto, ["NO_COLOR": "1"], true, .none),
        (.auto, ["NO_COLOR": ""], true, .palette256),  // set but empty: not a request
        (.auto, ["CLICOLOR_FORCE": "1"], false, .palette256),
        (.auto, ["CLICOLOR_FORCE": "0"], false, .none),
        (.auto, ["CLICOLOR_FORCE": ""], false, .none),
        (.auto, ["FORCE_COLOR": "1"], false, .palette256),
        (.auto, ["FORCE_COLOR": "true"], false, .palette256),
        (.auto, ["FORCE_COLOR": "0"], false, .none),
        (.auto, ["FORCE_COLOR": "false"], false, .none),
        (.auto, ["FORCE_COLOR": ""], false, .none),
        (.auto, ["FORCE_COLOR": "3"], false, .trueColor),
        (.auto, ["NO_COLOR": "1", "CLICOLOR_FORCE": "1"], false, .none),
        (.auto, ["TERM": "dumb"], true, .none),
        (.auto, ["TERM": "dumb", "CLICOLOR_FORCE": "1"], true, .palette256),
        (.auto, ["TERM": "xterm-256color"], true, .palette256),
        (.auto, ["COLORTERM": "truecolor"], true, .trueColor),
        (.auto, ["COLORTERM": "24bit"], true, .trueColor),
        (.auto, ["COLORTERM": "yes"], true, .palette256),
        (.auto, ["COLORTERM": "truecolor"], false, .none),
        (.always, ["NO_COLOR": "1", "TERM": "dumb"], false, .palette256),  // the flag wins
        (.always, ["COLORTERM": "truecolor"], false, .trueColor),
        (.never, ["CLICOLOR_FORCE": "1", "FORCE_COLOR": "1"], true, .none),
    ]

    @Test func followsTheConventions() {
        for (choice, environment, isTerminal, expected) in Self.table {
            let depth = ColorDecision.depth(choice, environment: environment, stdoutIsTerminal: isTerminal)
            #expect(depth == expected, "--color \(choice) \(environment) terminal: \(isTerminal)")
        }
    }

    @Test func withoutTrueColorAThemeSendsPaletteColours() {
        let theme = Theme(name: "t", styles: [.number: Style(foreground: .rgb(175, 95, 0))])
        #expect(theme.limited(to: .palette256).style(.number).sgr == "\u{1B}[38;5;130m")
        #expect(theme.limited(to: .trueColor).style(.number).sgr == "\u{1B}[38;2;175;95;0m")
        #expect(theme.limited(to: .none) == .monochrome)
    }
}
