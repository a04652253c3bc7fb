import Screen

// Grapheme-level helpers on one logical line. Lines are short next to the whole note, so walking
// one line per keystroke is cheap; nothing here ever walks the whole text.

enum LineText {
    /// The UTF-8 offset where grapheme `index` starts (the line's byte count past its end).
    static func utf8Offset(ofGrapheme index: Int, in line: String) -> Int {
        var offset = 0
        var count = 0
        guard index > 0 else { return 0 }
        forEachGrapheme(in: line) { grapheme in
            offset += grapheme.utf8Count
            count += 1
            return count < index
        }
        return offset
    }

    /// The grapheme index at a UTF-8 offset; an offset inside a grapheme (a combining mark
    /// typed after a letter) counts as after that grapheme.
    static func graphemeIndex(atUTF8Offset offset: Int, in line: String) -> Int {
        graphemeIndex(atUTF8Offset: offset, in: line[...])
    }

    /// `graphemeIndex(atUTF8Offset:in:)` in a substring starting on a grapheme boundary.
    static func graphemeIndex(atUTF8Offset offset: Int, in line: Substring) -> Int {
        var count = 0
        var start = 0
        guard offset > 0 else { return 0 }
        forEachGrapheme(in: line) { grapheme in
            start += grapheme.utf8Count
            count += 1
            return start < offset
        }
        return count
    }

    /// The number of graphemes in `line`.
    static func count(of line: String) -> Int {
        var count = 0
        forEachGrapheme(in: line) { _ in
            count += 1
            return true
        }
        return count
    }

    /// The bytes of `line` before `offset`, as a string.
    static func prefix(of line: String, utf8Offset offset: Int) -> String {
        String(decoding: line.utf8.prefix(offset), as: UTF8.self)
    }

    /// The bytes of `line` from `offset` on, as a string.
    static func suffix(of line: String, utf8Offset offset: Int) -> String {
        String(decoding: line.utf8.dropFirst(offset), as: UTF8.self)
    }

    /// Letters (any script: Cyrillic too), digits and the underscore make words; spaces and
    /// punctuation separate them.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The columns a grapheme takes in the editor (what the Buffer draws for it) and whether it
    /// shows as itself. A tab (only in loaded text: typed tabs become spaces) shows as one
    /// visible ␉, not a jump to a tab stop, so every grapheme has a fixed width; other control
    /// characters show as their one-cell symbols.
    static func cell(of character: Character) -> (width: Int, isPlain: Bool) {
        let first = character.unicodeScalars.first!.value
        if first >= 0x20 && first < 0x7F { return (1, true) }
        // Cyrillic letters, alone: the common case of these notes, without a property lookup.
        if first >= 0x400 && first < 0x483 && character.utf8.count == 2 { return (1, true) }
        if first < 0x20 || (first >= 0x7F && first < 0xA0) || first == 0x2028 || first == 0x2029 {
            return (1, false)
        }
        return (displayWidth(of: character), true)
    }

    /// What the screen shows for a grapheme: control characters as visible symbols.
    static func visible(_ character: Character) -> Character {
        character == "\t" ? "\u{2409}" : visibleCharacter(character)
    }

    /// Inserted text made fit for a line-based buffer: line breaks of any kind become "\n", a tab
    /// four spaces, and other control characters are dropped (a paste can carry ESC sequences).
    static func normalizedInsertion(_ text: String) -> String {
        if !needsNormalizing(text) { return text }
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            defer { previousWasReturn = value == 0x0D }
            switch value {
            case 0x0A:
                if !previousWasReturn { result.append("\n") }
            case 0x0D, 0x2028, 0x2029:
                result.append("\n")
            case 0x09:
                result.append(contentsOf: "    ".unicodeScalars)
            case 0..<0x20, 0x7F..<0xA0:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` has anything `normalizedInsertion` changes: a byte scan, so that a large
    /// paste of plain text is not rebuilt scalar by scalar.
    static func needsNormalizing(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x0A { return true }
            if byte == 0x7F { return true }
            if previous == 0xC2 && byte >= 0x80 && byte < 0xA0 { return true }  // C1 controls
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }  // U+2028, U+2029
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Where `text` ends when placed at `start`: its line breaks move down, its last line's bytes
    /// move right.
    static func end(of text: String, placedAt start: TextLocation) -> TextLocation {
        var newlines = 0
        var lastLineBytes = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                newlines += 1
                lastLineBytes = 0
            } else {
                lastLineBytes += 1
            }
        }
        if newlines == 0 { return TextLocation(line: start.line, offset: start.offset + lastLineBytes) }
        return TextLocation(line: start.line + newlines, offset: lastLineBytes)
    }
}
