/// The Markdown export: a document a person can read, that `parse` reads back exactly.
///
/// ```
/// <!-- sobes-notes version=2 -->
/// # Заметки
///
/// ## 04-asyncio
///
/// <!-- sobes-note chapter=04-asyncio question=%D0%BA%D0%B0%D0%BA... -->
/// ### Как работает event loop?
///
/// the note's text, verbatim
/// <!-- /sobes-note -->
/// ```
///
/// The text is every line between the blank line after the question's heading and the end
/// marker, joined by "\n": the writer puts one "\n" after the text, so trailing newlines
/// and an empty text survive. A text line that looks like a marker (`<!-- sobes-note`,
/// `<!-- /sobes-note`, after any backslashes) gets one more leading backslash, removed on
/// reading, so a note can contain anything. The question is its key (normalised title);
/// chapter ids and keys are percent-encoded outside `[A-Za-z0-9._~-]` in the marker.
/// Version 1 files (written before notes were keyed by title: `question=N` and a heading
/// `### Вопрос N: title`) are read too, their key taken from the heading's title.
public enum NotesMarkdown {
    static let header = "<!-- sobes-notes version=2 -->"
    static let versionOneHeader = "<!-- sobes-notes version=1 -->"
    static let endMarker = "<!-- /sobes-note -->"
    private static let startPrefix = "<!-- sobes-note "
    private static let markerStem = "<!-- sobes-note"
    private static let endStem = "<!-- /sobes-note"

    /// One note read from an export.
    public struct Entry: Equatable, Sendable {
        public var key: NoteKey
        public var questionTitle: String
        public var text: String

        public init(key: NoteKey, questionTitle: String, text: String) {
            self.key = key
            self.questionTitle = questionTitle
            self.text = text
        }
    }

    public static func render(_ notes: [Note]) -> String {
        render(entries: notes.map { Entry(key: $0.key, questionTitle: $0.questionTitle, text: $0.text) })
    }

    public static func render(entries: [Entry]) -> String {
        var out = header + "\n# Заметки\n"
        var chapter: String?
        for entry in entries.sorted(by: { $0.key < $1.key }) {
            if entry.key.chapterID != chapter {
                chapter = entry.key.chapterID
                out += "\n## \(oneLine(entry.key.chapterID))\n"
            }
            out += "\n\(startPrefix)chapter=\(encode(entry.key.chapterID)) question=\(encode(entry.key.question)) -->\n"
            out += "### \(oneLine(entry.questionTitle))\n\n"
            for line in lines(of: entry.text) {
                out += (isMarkerLike(line) ? "\\" + line : line) + "\n"
            }
            out += endMarker + "\n"
        }
        return out
    }

    public static func parse(_ document: String, fileName: String, questionKey: @escaping QuestionKeyFunction) throws -> [Entry] {
        var reader = LineReader(document: document, fileName: fileName, questionKey: questionKey)
        try reader.expectHeader()
        var entries: [Entry] = []
        var firstLine: [NoteKey: Int] = [:]
        while let line = reader.next() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard line.hasPrefix(markerStem) || line.hasPrefix(endStem) else {
                throw reader.error("text outside a note (it would be lost); notes start with \(startPrefix)chapter=ID question=N -->")
            }
            let start = reader.lineNumber
            let entry = try reader.body(of: try reader.marker(line))
            if let earlier = firstLine[entry.key] {
                throw reader.error("a second note for \(entry.key) (the first is at line \(earlier))", line: start)
            }
            firstLine[entry.key] = start
            entries.append(entry)
        }
        return entries
    }

    // MARK: Writing

    /// Headings are one line; a title never holds a newline, but if one did it must not
    /// break the document.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }

    /// Splits on "\n" scalars only: "\r\n" is one Character in Swift, and a "\r" must stay
    /// in the text untouched.
    static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    static func isMarkerLike(_ line: String) -> Bool {
        let unescaped = line.drop(while: { $0 == "\\" })
        return unescaped.hasPrefix(markerStem) || unescaped.hasPrefix(endStem)
    }

    private static let plainIDCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-".unicodeScalars)

    static func encode(_ chapterID: String) -> String {
        var out = ""
        for byte in chapterID.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, plainIDCharacters.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func decode(_ value: Substring) -> String? {
        var bytes: [UInt8] = []
        var index = value.utf8.startIndex
        let utf8 = value.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let high = utf8.index(after: index)
                guard high < utf8.endIndex, utf8.index(after: high) < utf8.endIndex,
                      let value = UInt8(String(decoding: utf8[high...utf8.index(after: high)], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
                index = utf8.index(high, offsetBy: 2)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    // MARK: Reading

    /// Walks the document line by line, knowing the current line's number for errors.
    private struct LineReader {
        var lines: [String]
        var fileName: String
        var questionKey: QuestionKeyFunction
        /// 1 for files keyed by question number, 2 for files keyed by title.
        var version = 2
        /// 1-based number of the line `next()` returned last.
        var lineNumber = 0

        init(document: String, fileName: String, questionKey: @escaping QuestionKeyFunction) {
            self.questionKey = questionKey
            var text = document
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            var lines = NotesMarkdown.lines(of: text)
            // A file whose header line ends in "\r" went through a CRLF conversion: undo it
            // on every line. Files written by `render` never have it.
            if let first = lines.first(where: { !$0.isEmpty }), first.unicodeScalars.last == "\r" {
                lines = lines.map { line in
                    var line = line
                    if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
                    return line
                }
            }
            // The final "\n" ends the last line; it does not start another.
            if lines.last == "" { lines.removeLast() }
            self.lines = lines
            self.fileName = fileName
        }

        mutating func next() -> String? {
            guard lineNumber < lines.count else { return nil }
            lineNumber += 1
            return lines[lineNumber - 1]
        }

        func error(_ problem: String, line: Int? = nil) -> NotesError {
            .malformedImport(file: fileName, line: line ?? max(lineNumber, 1), problem: problem)
        }

        mutating func expectHeader() throws {
            while let line = next() {
                if line.isEmpty { continue }
                if line == NotesMarkdown.header { return }
                if line == NotesMarkdown.versionOneHeader { version = 1; return }
                if line.hasPrefix("<!-- sobes-notes version=") {
                    throw error("written by a newer sobes (\(line)); this one reads version=1 and 2")
                }
                throw error("not a sobes notes export: the first line should be \(NotesMarkdown.header)")
            }
            throw error("empty file: not a sobes notes export")
        }

        /// What a marker line names: the chapter, and the question's key (version 2) or number (version 1).
        struct Marker {
            var chapterID: String
            var question: String
            var description: String { "\(chapterID)/\(question)" }
        }

        /// `<!-- sobes-note chapter=ID question=KEY -->` (or `question=N` in version 1).
        func marker(_ line: String) throws -> Marker {
            let usage = "malformed note marker: expected \(NotesMarkdown.startPrefix)chapter=ID question=KEY -->"
            if line.hasPrefix(NotesMarkdown.endStem) {
                throw error("an end marker without a note before it")
            }
            guard line.hasPrefix(NotesMarkdown.startPrefix), line.hasSuffix(" -->") else { throw error(usage) }
            let inner = line.dropFirst(NotesMarkdown.startPrefix.count).dropLast(" -->".count)
            var chapterID: String?
            var question: String?
            for field in inner.split(separator: " ") {
                guard let equals = field.firstIndex(of: "=") else { throw error(usage) }
                let value = field[field.index(after: equals)...]
                switch field[..<equals] {
                case "chapter":
                    guard let decoded = NotesMarkdown.decode(value), !decoded.isEmpty else {
                        throw error("malformed chapter id in note marker: \(value)")
                    }
                    chapterID = decoded
                case "question" where version == 1:
                    guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value), number > 0 else {
                        throw error("malformed question number in note marker: \(value)")
                    }
                    question = String(number)
                case "question":
                    guard let decoded = NotesMarkdown.decode(value) else {
                        throw error("malformed question key in note marker: \(value)")
                    }
                    question = decoded
                default:
                    continue  // a later version's attribute: not needed to read the note
                }
            }
            guard let chapterID, let question else { throw error(usage) }
            return Marker(chapterID: chapterID, question: question)
        }

        /// The heading, the blank line, the text and the end marker after a marker line.
        mutating func body(of marker: Marker) throws -> Entry {
            let markerLine = lineNumber
            guard let heading = next() else {
                throw error("the note for \(marker) ends before its heading", line: markerLine)
            }
            let title: String
            let key: NoteKey
            if version == 1 {
                title = try self.title(in: heading, number: Int(marker.question)!)
                key = NoteKey(chapterID: marker.chapterID, question: questionKey(title))
            } else {
                guard heading == "###" || heading.hasPrefix("### ") else {
                    throw error("expected the heading \"### title\" after the note marker")
                }
                title = String(heading.dropFirst(4))
                key = NoteKey(chapterID: marker.chapterID, question: marker.question)
            }
            guard let blank = next() else {
                throw error("the note for \(key) has no end marker \(NotesMarkdown.endMarker)", line: markerLine)
            }
            guard blank.isEmpty else { throw error("expected an empty line after the question's heading") }
            var textLines: [String] = []
            while let line = next() {
                if line == NotesMarkdown.endMarker {
                    return Entry(key: key, questionTitle: title, text: textLines.joined(separator: "\n"))
                }
                if NotesMarkdown.isMarkerLike(line) {
                    guard line.hasPrefix("\\") else {
                        throw error("a note marker inside the note for \(key) (started at line \(markerLine)): is its end marker missing?")
                    }
                    textLines.append(String(line.dropFirst()))
                } else {
                    textLines.append(line)
                }
            }
            throw error("the note for \(key) has no end marker \(NotesMarkdown.endMarker)", line: markerLine)
        }

        /// Version 1: `### Вопрос N: title` or `### Вопрос N`, with N matching the marker.
        func title(in heading: String, number: Int) throws -> String {
            let prefix = "### Вопрос \(number)"
            guard heading.hasPrefix(prefix) else {
                throw error("expected the heading \"\(prefix): title\" after the note marker")
            }
            let rest = heading.dropFirst(prefix.count)
            if rest.isEmpty { return "" }
            guard rest.hasPrefix(": ") else {
                throw error("expected the heading \"\(prefix): title\" after the note marker")
            }
            return String(rest.dropFirst(2))
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
