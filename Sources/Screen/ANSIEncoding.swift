// Styled text as ANSI escape sequences, for output that is not a full-screen session
// (`sobes show`, `sobes highlight`).

extension Style {
    /// The SGR sequence that switches a terminal to this style from the default.
    public var sgr: String {
        var codes: [String] = []
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        if attributes.contains(.strikethrough) { codes.append("9") }
        if let code = foreground.sgrCode(background: false) { codes.append(code) }
        if let code = background.sgrCode(background: true) { codes.append(code) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

extension Color {
    func sgrCode(background: Bool) -> String? {
        switch self {
        case .default: return nil
        case .ansi(let n) where n < 8: return String((background ? 40 : 30) + Int(n))
        case .ansi(let n): return String((background ? 100 : 90) + Int(n & 7))
        case .indexed(let n): return (background ? "48;5;" : "38;5;") + String(n)
        case .rgb(let r, let g, let b): return (background ? "48;2;" : "38;2;") + "\(r);\(g);\(b)"
        }
    }
}

/// Lines of styled spans as text with SGR sequences (or plain when `color` is false);
/// control characters are made visible as on screen. Spans whose `style.link` names an
/// entry of `hyperlinks` (1-based) that is not nil are written as OSC 8 hyperlinks to it
/// (see `Hyperlink`); pass none for a pipe or a file.
public func ansiText(_ lines: [StyledLine], color: Bool, hyperlinks: [String?] = []) -> String {
    var output = ""
    for line in lines {
        var trimmed = line
        // Trailing blanks only pad; they would make copied text ragged.
        while let last = trimmed.last, last.text.allSatisfy({ $0 == " " }) { trimmed.removeLast() }
        for span in trimmed {
            let text = String(span.text.map(visibleCharacter))
            let sgr = color ? span.style.sgr : ""
            var linked = text
            let link = Int(span.style.link)
            if link > 0, link <= hyperlinks.count, let target = hyperlinks[link - 1].flatMap(Hyperlink.sanitized) {
                linked = Hyperlink.open(target, id: link) + text + Hyperlink.close
            }
            output += sgr.isEmpty ? linked : sgr + linked + "\u{1B}[0m"
        }
        output += "\n"
    }
    return output
}
