/// Terminal hyperlinks (OSC 8: `ESC ] 8 ; id=N ; URI ESC \ text ESC ] 8 ; ; ESC \`), as
/// iTerm2, kitty, WezTerm, GNOME Terminal (VTE), foot, Windows Terminal and tmux ≥ 3.4
/// draw them; a terminal that does not know OSC 8 skips the sequence and shows the text.
public enum Hyperlink {
    /// The longest URI written into an escape: terminals cap it too (VTE: 2083 bytes), and a
    /// longer one is more likely junk than a page.
    public static let maximumLength = 2048

    /// A URI safe inside the escape: printable ASCII only (non-ASCII and spaces
    /// percent-encoded as UTF-8, and `<`, `>`, `"`, `\`, `^`, `` ` ``, `{`, `|`, `}` too, which
    /// a URI never holds unencoded); nil when it holds a control character (ESC, BEL, any C0
    /// or C1 byte, DEL: it could end the escape early and write to the terminal) or is
    /// empty or too long. Then the text is drawn without a hyperlink.
    public static func sanitized(_ uri: String) -> String? {
        var result = ""
        for scalar in uri.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return nil }
            if value > 0x20 && value < 0x7F && !"<>\"\\^`{|}".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + hexByte(byte) }
            }
            if result.utf8.count > maximumLength { return nil }
        }
        return result.isEmpty ? nil : result
    }

    /// Opens hyperlink `id` (links with one id are one link to the terminal: a link wrapped
    /// onto two rows lights up whole) to a sanitized URI.
    public static func open(_ sanitizedURI: String, id: Int) -> String {
        "\u{1B}]8;id=sobes-\(id);\(sanitizedURI)\u{1B}\\"
    }

    /// Ends the hyperlink: text after it is plain again.
    public static let close = "\u{1B}]8;;\u{1B}\\"

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}

extension Hyperlink {
    /// Whether to write hyperlinks to a terminal: `SOBES_HYPERLINKS=1` or `=0` decides; else
    /// on, except where TERM says the terminal is the Linux console or dumb (or says nothing),
    /// which would print the escape. NO_COLOR has no say: a link is not a colour. Never to a pipe.
    public static func isEnabled(environment: [String: String], isTerminal: Bool) -> Bool {
        guard isTerminal else { return false }
        switch environment["SOBES_HYPERLINKS"] {
        case "1"?: return true
        case "0"?: return false
        default: break
        }
        let term = environment["TERM"] ?? ""
        return !(term.isEmpty || term == "dumb" || term == "linux" || term.hasPrefix("linux-"))
    }
}
