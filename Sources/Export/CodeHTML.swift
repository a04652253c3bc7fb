import Browser
import Chapter
import PythonSyntax
import Screen

/// A code block as HTML: Python coloured by the lexer, in classes whose colours come from
/// the theme's syntax roles (`stylesheet`), so the page and the card look like the code pane.
enum CodeHTML {
    static func block(_ block: CodeBlock) -> String {
        "<pre class=\"code\(block.isPython ? " python" : "")\"><code>" + spans(block) + "</code></pre>"
    }

    /// The code's text in `<span class="tk-…">` runs (no line numbers, no marks).
    static func spans(_ block: CodeBlock) -> String {
        var code = block.code
        if code.hasSuffix("\n") { code.removeLast() }
        guard block.isPython else { return HTMLEscaping.text(code) }
        let bytes = Array(code.utf8)
        let tokens = bytes.withUnsafeBufferPointer { PythonLexer().tokens(inUTF8: $0) }
        var html = ""
        html.reserveCapacity(bytes.count * 2)
        var position = 0
        for token in tokens where token.end > position {
            let start = max(token.start, position)
            if start > position { html += HTMLEscaping.text(String(decoding: bytes[position..<start], as: UTF8.self)) }
            let piece = HTMLEscaping.text(String(decoding: bytes[start..<token.end], as: UTF8.self))
            if let name = className(token.kind) { html += "<span class=\"\(name)\">\(piece)</span>" } else { html += piece }
            position = token.end
        }
        if position < bytes.count { html += HTMLEscaping.text(String(decoding: bytes[position...], as: UTF8.self)) }
        return html
    }

    /// The class of a token kind; nil for plain text, which takes the block's own colour.
    static func className(_ kind: TokenKind) -> String? {
        switch kind {
        case .whitespace, .text, .identifier: nil
        default: "tk-" + String(CodeStyling.role(of: kind).rawValue.map { $0 == "." ? "-" : $0 })
        }
    }

    /// CSS for the syntax classes and the code block, from the theme.
    static func stylesheet(_ theme: Theme) -> String {
        var rules: [String] = []
        let block = theme.style(.codeBlock)
        var blockRule = "pre.code{background:\(background(of: theme));padding:.6em .8em;border-radius:4px;overflow-x:auto;"
            + "white-space:pre-wrap;font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em;"
        if let color = css(block.foreground) { blockRule += "color:\(color);" }
        rules.append(blockRule + "}")
        // Python's plain names take the text colour, as in the code pane; other code the block's.
        rules.append("pre.code.python{color:\(css(theme.style(.text).foreground) ?? "inherit");}")
        var seen: Set<String> = []
        for kind in TokenKind.allCases {
            guard let name = className(kind), seen.insert(name).inserted else { continue }
            let style = theme.style(CodeStyling.role(of: kind))
            var rule = ""
            if let color = css(style.foreground) { rule += "color:\(color);" }
            if style.attributes.contains(.bold) { rule += "font-weight:bold;" }
            if style.attributes.contains(.italic) { rule += "font-style:italic;" }
            if style.attributes.contains(.underline) { rule += "text-decoration:underline;" }
            if !rule.isEmpty { rules.append(".\(name){\(rule)}") }
        }
        return rules.joined(separator: "\n")
    }

    /// The code's background: the theme's, else a pale grey that prints.
    static func background(of theme: Theme) -> String {
        css(theme.style(.codeBlock).background) ?? css(theme.style(.text).background) ?? "#f4f4f4"
    }

    /// A colour as CSS `#rrggbb`; nil for the terminal's default.
    static func css(_ color: Color) -> String? {
        let rgb: (Int, Int, Int)
        switch color {
        case .default: return nil
        case .ansi(let index), .indexed(let index): rgb = Color.paletteRGB(index)
        case .rgb(let r, let g, let b): rgb = (Int(r), Int(g), Int(b))
        }
        return "#" + [rgb.0, rgb.1, rgb.2].map { value in
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
