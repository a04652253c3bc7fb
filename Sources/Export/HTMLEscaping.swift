/// Text made safe inside HTML: markup characters become entities, and control characters
/// (an ESC in a chapter, a NUL in a note) are dropped, as no page may carry them.
enum HTMLEscaping {
    static func text(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\n", "\t": escaped.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A link's address, only when it is one a page may follow (no `javascript:`).
    static func safeURL(_ url: String) -> String? {
        let lowered = url.trimmingWhitespace().lowercased()
        let allowed = ["http://", "https://", "mailto:", "#"]
        let relative = !lowered.contains(":")
        return relative || allowed.contains(where: lowered.hasPrefix) ? text(url) : nil
    }
}
