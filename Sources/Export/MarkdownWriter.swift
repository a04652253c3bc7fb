import Chapter

/// The chapter model written back as CommonMark (with GFM tables, strikethrough, task
/// lists and footnotes), so that Sobes's own loader reads the same blocks again. Text is
/// escaped wherever Markdown could read it as markup: a title or a note can never start a
/// question, a heading, a list or raw HTML of its own.
enum MarkdownWriter {
    /// Blocks separated by blank lines.
    static func blocks(_ blocks: [Block]) -> String {
        blocks.map { lines(of: $0).joined(separator: "\n") }.joined(separator: "\n\n")
    }

    static func lines(of block: Block) -> [String] {
        switch block.content {
        case .paragraph(let inlines):
            let text = self.inlines(inlines)
            return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .heading(let level, let inlines):
            // Levels 1-3 are the chapter's structure; a heading inside an answer stays below them.
            return [String(repeating: "#", count: min(max(level, 4), 6)) + " " + self.inlines(inlines, breaks: " ")]
        case .list(let list):
            return lines(of: list)
        case .table(let table):
            return lines(of: table)
        case .code(let code):
            return fenced(code)
        case .quote(let blocks):
            return self.blocks(blocks).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }
        case .rule:
            return ["***"]
        case .details(let summary, let blocks):
            // The loader reads `<details>` as a titled block; its summary is HTML, so escaped as HTML.
            var lines = ["<details><summary>" + HTMLEscaping.text(summary.plainText) + "</summary>", ""]
            let body = self.blocks(blocks)
            if !body.isEmpty { lines += body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] }
            return lines + ["</details>"]
        }
    }

    private static func lines(of list: List) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            var marker = list.isOrdered ? "\(list.start + index). " : "- "
            let indent = String(repeating: " ", count: marker.count)
            if let checked = list.check(at: index) { marker += checked ? "[x] " : "[ ] " }
            let body = blocks(item).split(separator: "\n", omittingEmptySubsequences: false)
            if body.isEmpty || (body.count == 1 && body[0].isEmpty) {
                lines.append(marker.trimmingWhitespace())
                continue
            }
            for (row, line) in body.enumerated() {
                if row == 0 { lines.append(marker + line) } else { lines.append(line.isEmpty ? "" : indent + line) }
            }
        }
        return lines
    }

    private static func lines(of table: Table) -> [String] {
        func row(_ cells: [[Inline]]) -> String {
            let padded = (0..<table.columnCount).map { cells.indices.contains($0) ? inlines(cells[$0], breaks: "<br>") : "" }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = table.alignments.map { alignment -> String in
            switch alignment {
            case .none: "---"
            case .left: ":---"
            case .center: ":---:"
            case .right: "---:"
            }
        }
        return [row(table.header), "| " + rule.joined(separator: " | ") + " |"] + table.rows.map(row)
    }

    /// A fence longer than any run of backticks in the code, so the code cannot close it.
    private static func fenced(_ code: CodeBlock) -> [String] {
        var longest = 0, run = 0
        for character in code.code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        var body = code.code
        if body.hasSuffix("\n") { body.removeLast() }
        let language = code.language.map { $0.filter { !$0.isWhitespace && $0 != "`" } } ?? ""
        return [fence + language] + (body.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) + [fence]
    }

    /// Inline markup as Markdown. A hard break is a backslash at the end of the line; in a
    /// heading or a table cell it becomes `breaks` instead.
    static func inlines(_ inlines: [Inline], breaks: String? = nil) -> String {
        var writer = InlineWriter(hardBreak: breaks)
        writer.write(inlines)
        return writer.text
    }

    /// Plain text, escaped so it reads back as exactly this text (a title, a note's line).
    static func text(_ text: String) -> String {
        var writer = InlineWriter(hardBreak: nil)
        writer.write([.text(text)])
        return writer.text
    }
}

/// Writes inlines, knowing whether it is at the start of a line (where `#`, `-`, `+`,
/// `>`, `=` and `1.` would start a block).
private struct InlineWriter {
    let hardBreak: String?
    var text = ""
    private var atLineStart = true
    /// Writing a table cell (its line breaks are `<br>`).
    private var inTable: Bool { hardBreak == "<br>" }

    init(hardBreak: String?) {
        self.hardBreak = hardBreak
    }

    mutating func write(_ inlines: [Inline]) {
        for inline in inlines { write(inline) }
    }

    private mutating func write(_ inline: Inline) {
        switch inline {
        case .text(let string): escaped(string)
        case .strong(let children): wrapped(children, in: "**")
        case .emphasis(let children): wrapped(children, in: "*")
        case .strikethrough(let children): wrapped(children, in: "~~")
        case .code(let code):
            // In a table even a code span's `|` would end the cell; GFM reads `\|` there as `|`.
            raw(inTable ? codeSpan(code).replacingPipes() : codeSpan(code))
        case .link(let label, let destination):
            // "!" just before "[" would make the link an image.
            if text.hasSuffix("!") && !text.hasSuffix("\\!") { text.insert("\\", at: text.index(before: text.endIndex)) }
            raw("[")
            write(label)
            raw("](" + Self.destination(destination) + ")")
        case .image(let alt, let destination):
            raw("![")
            escaped(alt)
            raw("](" + Self.destination(destination) + ")")
        case .keyboard(let key): raw("<kbd>" + HTMLEscaping.text(key) + "</kbd>")
        case .footnoteReference(let label): raw("[^" + label.filter { !"[]^ \n".contains($0) } + "]")
        case .softBreak: raw(" ")
        case .lineBreak:
            if let hardBreak {
                raw(hardBreak)
            } else {
                text += "\\\n"
                atLineStart = true
            }
        }
    }

    private mutating func wrapped(_ children: [Inline], in marker: String) {
        guard !children.plainText.isEmpty else { return }
        raw(marker)
        write(children)
        raw(marker)
    }

    private mutating func raw(_ markup: String) {
        text += markup
        atLineStart = false
    }

    /// Characters Markdown reads as markup anywhere, and those it reads so at a line's start.
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]
    private static let escapedAtLineStart: Set<Character> = ["#", "-", "+", "="]

    private mutating func escaped(_ string: String) {
        var pendingDigits = ""
        for character in string {
            if character == "\n" {
                // A newline in a text run (a note's line) is a hard break, never a new block.
                text += pendingDigits
                pendingDigits = ""
                if let hardBreak { text += hardBreak; atLineStart = false } else { text += "\\\n"; atLineStart = true }
                continue
            }
            if atLineStart {
                if pendingDigits.isEmpty, character == " " || character == "\t" { continue }  // leading blanks would indent
                if character.isASCIIDigit { pendingDigits.append(character); continue }
                if !pendingDigits.isEmpty {
                    // "1." or "1)" would start an ordered list.
                    text += pendingDigits + (character == "." || character == ")" ? "\\" : "")
                    pendingDigits = ""
                } else if Self.escapedAtLineStart.contains(character) {
                    text += "\\"
                }
                atLineStart = false
            }
            if Self.alwaysEscaped.contains(character) { text += "\\" }
            text.append(character)
        }
        text += pendingDigits
        if !pendingDigits.isEmpty { atLineStart = false }
    }

    private func codeSpan(_ code: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let flat = code.replacingNewlines()
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || (flat.hasPrefix(" ") && flat.hasSuffix(" ") && !flat.allSatisfy { $0 == " " })
        return padded ? fence + " " + flat + " " + fence : fence + flat + fence
    }

    /// A link's destination in angle brackets, which allow spaces and parentheses.
    private static func destination(_ url: String) -> String {
        var escaped = ""
        for character in url where character != "\n" {
            if character == "<" || character == ">" || character == "\\" { escaped += "\\" }
            escaped.append(character)
        }
        return "<" + escaped + ">"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }

    func replacingPipes() -> String {
        var escaped = ""
        for character in self {
            if character == "|" { escaped += "\\" }
            escaped.append(character)
        }
        return escaped
    }
}
