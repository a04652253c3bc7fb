import Browser
import Screen

/// Text in a theme's colours, for the text output of commands. With a theme, every piece is
/// made visible before our escapes go around it (the output is then written as it is); with
/// none, the text is left alone for `Output` to make visible.
struct Painter {
    var theme: Theme?

    /// `text` in the colours of `role`.
    func paint(_ text: String, _ role: Role) -> String {
        guard let theme else { return text }
        let sgr = theme.style(role).sgr
        return sgr.isEmpty ? visibleText(text) : sgr + visibleText(text) + "\u{1B}[0m"
    }

    /// Runs of the characters in `set` painted in `role`, the rest plain (the bars of a chart).
    func paint(runsOf set: Set<Character>, in text: String, _ role: Role) -> String {
        guard theme != nil else { return text }
        var result = "", run = "", inRun = false
        for character in text {
            if set.contains(character) != inRun {
                result += inRun ? paint(run, role) : plain(run)
                run = ""
                inRun.toggle()
            }
            run.append(character)
        }
        return result + (inRun ? paint(run, role) : plain(run))
    }

    func plain(_ text: String) -> String { theme == nil ? text : visibleText(text) }

    /// How painted text is written.
    var form: Output.Form { theme == nil ? .forPeople : .rendered }
}
