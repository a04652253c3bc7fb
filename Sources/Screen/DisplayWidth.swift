// How many terminal columns text takes: 0, 1 or 2 per grapheme, as glibc's wcwidth counts them
// (ncurses advances the cursor by wcwidth, so the Buffer must agree with it).

/// The number of columns a character takes in a terminal.
///
/// East-Asian wide and fullwidth characters and emoji take 2; combining marks, zero-width
/// characters and format controls 0; everything else (Latin, Cyrillic, Greek, box drawing) 1.
/// A grapheme is as wide as its first scalar (its marks add nothing), except a flag (a pair of
/// regional indicators), which takes 2. Control characters measure 0 here; the Buffer shows
/// them as visible symbols of width 1 instead (see `visibleCharacter`).
public func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    let first = scalars.first!
    if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
    let width = displayWidth(of: first)
    if width == 1, isRegionalIndicator(first), scalars.count > 1 { return 2 }
    return width
}

/// The number of columns a string takes: the sum of its graphemes' widths.
public func displayWidth(of string: some StringProtocol) -> Int {
    if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return string.utf8.count }
    var total = 0
    for character in string { total += displayWidth(of: character) }
    return total
}

/// The number of columns one Unicode scalar takes on its own (0, 1 or 2).
public func displayWidth(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }  // DEL and C1 controls
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended; the soft hyphen too, as in glibc
    // Fast paths for what chapters are made of, before the slower property lookups:
    // Cyrillic letters (its combining marks are U+0483-U+0489), dashes, quotes and bullets,
    // arrows and box drawing.
    if (value >= 0x400 && value < 0x483) || (value > 0x489 && value < 0x530) { return 1 }
    if (value >= 0x2010 && value < 0x2028) || (value >= 0x2030 && value < 0x205F) { return 1 }
    if (value >= 0x2190 && value < 0x2200) || (value >= 0x2500 && value < 0x2580) { return 1 }
    if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
        return 0
    case .control, .lineSeparator, .paragraphSeparator, .surrogate:
        return 0
    default:
        break
    }
    if value < 0x1100 { return 1 }
    if isEastAsianWide(value) { return 2 }
    return scalar.properties.isEmojiPresentation ? 2 : 1
}

func isEastAsianWide(_ value: UInt32) -> Bool {
    var low = 0, high = eastAsianWideRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = eastAsianWideRanges[mid]
        if value < range.0 {
            high = mid - 1
        } else if value > range.1 {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}

func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
}
