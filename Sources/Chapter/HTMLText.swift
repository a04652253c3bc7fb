/// Raw HTML in a chapter as a terminal reader should see it: the text, never the tags.
/// `<br>` breaks the line, `<kbd>` is a key cap, `<img>` its description, `<details>` a
/// titled block, comments vanish, and any other tag goes while its text stays.
enum HTMLText {
    /// What an HTML block says, and how many `<details>` it leaves open (negative: closes
    /// ones opened by earlier blocks). cmark ends an HTML block at a blank line, so a
    /// `<details>` usually spans several blocks; the chapter builder nests them.
    struct Analysis {
        var content: Block.Content
        var unclosedDetails: Int
    }

    static func content(of literal: String) -> Block.Content { analyze(literal).content }

    static func analyze(_ literal: String) -> Analysis {
        var body: [Inline] = []
        var summary: [Inline]?
        var inSummary = false
        var key: String?
        var opens = 0
        var closes = 0
        func add(_ inline: Inline) {
            if key != nil, case .text(let text) = inline { key! += text; return }
            if inSummary { summary!.append(inline) } else { body.append(inline) }
        }
        for token in tokens(literal) {
            switch token {
            case .text(let text): add(.text(text))
            case .comment: break
            case .tag(let name, let closing, let attributes):
                switch (name, closing) {
                case ("details", false): opens += 1
                case ("details", true): closes += 1
                case ("summary", false): inSummary = true; summary = summary ?? []
                case ("summary", true): inSummary = false
                case ("kbd", false): key = ""
                case ("kbd", true): if let text = key { key = nil; add(.keyboard(text.trimmingWhitespace())) }
                case ("img", _): add(.image(alt: attribute("alt", in: attributes) ?? "", destination: attribute("src", in: attributes) ?? ""))
                case ("br", _), ("p", true), ("div", true), ("li", true), ("tr", true): add(.lineBreak)
                default: break
                }
            }
        }
        let text = tidy(body)
        let content: Block.Content = if opens > 0 || summary != nil {
            .details(summary: tidy(summary ?? []), blocks: text.isEmpty ? [] : [Block(.paragraph(text), lines: 1...1)])
        } else {
            .paragraph(text)
        }
        return Analysis(content: content, unclosedDetails: opens - closes)
    }

    /// An inline HTML tag inside a paragraph: `<br>` breaks the line; `<kbd>`, `<b>`, `<i>`,
    /// `<s>`, `<code>` mark the inlines up to their closing tag; others vanish.
    static func applyInlineTag(_ literal: String, to result: inout [Inline], openTags: inout [(tag: String, start: Int)]) {
        guard case .tag(let name, let closing, let attributes)? = tokens(literal).first else { return }
        if name == "br" { result.append(.lineBreak); return }
        if name == "img" {
            result.append(.image(alt: attribute("alt", in: attributes) ?? "", destination: attribute("src", in: attributes) ?? ""))
            return
        }
        let marking: Set = ["kbd", "b", "strong", "i", "em", "s", "del", "code"]
        guard marking.contains(name) else { return }
        if !closing { openTags.append((name, result.count)); return }
        guard let open = openTags.lastIndex(where: { $0.tag == name }) else { return }
        let start = min(openTags[open].start, result.count)
        openTags.removeSubrange(open...)
        let inner = Array(result[start...])
        result.removeSubrange(start...)
        switch name {
        case "kbd": result.append(.keyboard(inner.plainText.trimmingWhitespace()))
        case "b", "strong": result.append(.strong(inner))
        case "i", "em": result.append(.emphasis(inner))
        case "s", "del": result.append(.strikethrough(inner))
        default: result.append(.code(inner.plainText))
        }
    }

    // MARK: Tokens

    enum Token: Equatable {
        case text(String)
        case tag(name: String, closing: Bool, attributes: String)
        case comment
    }

    /// Splits HTML into text (entities decoded, white space collapsed) and tags.
    static func tokens(_ html: String) -> [Token] {
        var tokens: [Token] = []
        var text = ""
        var rest = Substring(html)
        func flushText() {
            if !text.isEmpty { tokens.append(.text(decodeEntities(text))) }
            text = ""
        }
        while let first = rest.first {
            if first == "<", rest.hasPrefix("<!--") {
                flushText()
                if let end = rest.firstRange(of: "-->") { rest = rest[end.upperBound...] } else { rest = "" }
                tokens.append(.comment)
            } else if first == "<", let tag = parseTag(rest) {
                flushText()
                tokens.append(tag.token)
                rest = rest[tag.end...]
            } else {
                text.append(first.isWhitespace ? " " : first)
                rest = rest.dropFirst()
            }
        }
        flushText()
        // Runs of spaces are one space, as a browser shows them.
        return tokens.map { token in
            guard case .text(let value) = token else { return token }
            return .text(value.split(separator: " ", omittingEmptySubsequences: false)
                .enumerated().filter { $0.offset == 0 || !$0.element.isEmpty }.map(\.element).joined(separator: " "))
        }
    }

    private static func parseTag(_ text: Substring) -> (token: Token, end: Substring.Index)? {
        var index = text.index(after: text.startIndex)
        let closing = index < text.endIndex && text[index] == "/"
        if closing { index = text.index(after: index) }
        let nameStart = index
        while index < text.endIndex, text[index].isLetter || text[index].isNumber { index = text.index(after: index) }
        guard index > nameStart, let close = text[index...].firstIndex(of: ">") else { return nil }
        let name = text[nameStart..<index].lowercased()
        let attributes = String(text[index..<close])
        return (.tag(name: name, closing: closing, attributes: attributes), text.index(after: close))
    }

    /// `alt="a picture"` (or single quotes, or bare) from a tag's attributes.
    static func attribute(_ name: String, in attributes: String) -> String? {
        let lowered = attributes.lowercased()
        guard let range = lowered.firstRange(of: name + "=") else { return nil }
        let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
        let value = attributes.dropFirst(offset)
        if let quote = value.first, quote == "\"" || quote == "'" {
            return decodeEntities(String(value.dropFirst().prefix(while: { $0 != quote })))
        }
        return decodeEntities(String(value.prefix(while: { !$0.isWhitespace && $0 != "/" && $0 != ">" })))
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–", "laquo": "«", "raquo": "»"]
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    replacement = named[name]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    /// Inlines without leading and trailing spaces or breaks.
    private static func tidy(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        while let first = result.first, first == .lineBreak || first == .text(" ") || first == .text("") { result.removeFirst() }
        while let last = result.last, last == .lineBreak || last == .text(" ") || last == .text("") { result.removeLast() }
        if case .text(let text)? = result.first { result[0] = .text(String(text.drop(while: { $0 == " " }))) }
        if case .text(let text)? = result.last {
            result[result.count - 1] = .text(String(text.reversed().drop(while: { $0 == " " }).reversed()))
        }
        // Consecutive breaks (</p><br>) read as one.
        var merged: [Inline] = []
        for inline in result where !(inline == .lineBreak && merged.last == .lineBreak) {
            if inline == .text(" "), merged.last == .lineBreak { continue }
            merged.append(inline)
        }
        return merged.filter { $0 != .text("") }
    }
}
