// Content never reaches the terminal raw: a stray ESC in a chapter could otherwise move the
// cursor, change colours or worse. The Buffer passes every character it writes through here.

/// The character to show in place of `character`: control characters become visible symbols
/// (ESC ␛, other C0 controls their Control Pictures ␀-␟, DEL ␡; C1 controls, line and
/// paragraph separators and bidirectional controls �); everything else is returned unchanged. Tab and newline are
/// returned unchanged too: the Buffer lays them out (tab stops, next row).
public func visibleCharacter(_ character: Character) -> Character {
    let scalars = character.unicodeScalars
    let first = scalars.first!
    let value = first.value
    if value >= 0x20 && value < 0x7F { return character }
    if value >= 0xA0 && value < 0x2028 { return character }  // no controls below the separators
    if character == "\t" || character == "\n" || character == "\r\n" { return character }
    if value < 0x20 { return Character(Unicode.Scalar(0x2400 + value)!) }  // ␛ is U+241B
    if value == 0x7F { return "\u{2421}" }
    if value < 0xA0 || value == 0x2028 || value == 0x2029 { return "\u{FFFD}" }
    // Bidirectional overrides, embeddings and isolates could reorder what follows them on
    // terminals that do bidi: shown instead of obeyed.
    if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return "\u{FFFD}" }
    // A grapheme can hold a control only as its own cluster (\r\n aside), so the rest is safe.
    return character
}

/// `string` with every character replaced by `visibleCharacter`, newlines and tabs included
/// (shown as ␊ and ␉): for one-line places such as a status bar or a title.
public func visibleSingleLine(_ string: String) -> String {
    var result = ""
    result.reserveCapacity(string.utf8.count)
    for character in string {
        switch character {
        case "\n": result.append("\u{240A}")
        case "\r\n": result.append("\u{240D}\u{240A}")
        case "\t": result.append("\u{2409}")
        default: result.append(visibleCharacter(character))
        }
    }
    return result
}

/// `string` with every character replaced by `visibleCharacter`, newlines and tabs kept: for
/// text printed line after line outside the Buffer (the command line's output).
public func visibleText(_ string: String) -> String {
    if isVisibleAsIs(utf8: string.utf8) { return string }
    var result = ""
    result.reserveCapacity(string.utf8.count)
    for character in string { result.append(visibleCharacter(character)) }
    return result
}

/// True when `visibleCharacter` leaves every character of this UTF-8 text as it is (a quick
/// byte scan, so clean text costs no decoding). It looks for the bytes that start what
/// `visibleCharacter` replaces: C0 controls but tab and newline (a carriage return is
/// reported, though \r\n is kept), DEL, C1 controls (C2 80–9F), and U+2028–202E and
/// U+2066–2069 (E2 80 A8–AE, E2 81 A6–A9).
public func isVisibleAsIs<Bytes: Collection>(utf8 bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
    var previous: UInt8 = 0, beforePrevious: UInt8 = 0
    for byte in bytes {
        if byte < 0x20 && byte != 0x09 && byte != 0x0A { return false }
        if byte == 0x7F { return false }
        if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return false }
        if beforePrevious == 0xE2 && previous == 0x80 && byte >= 0xA8 && byte <= 0xAE { return false }
        if beforePrevious == 0xE2 && previous == 0x81 && byte >= 0xA6 && byte <= 0xA9 { return false }
        beforePrevious = previous
        previous = byte
    }
    return true
}
