// How many terminal columns text takes: 0, 1 or 2 per grapheme, as glibc's wcwidth counts them
// (ncurses advances the cursor by wcwidth, so the Buffer must agree with it).

/// The number of columns a character takes in a terminal, as the Buffer draws it.
///
/// East-Asian wide and fullwidth characters and emoji take 2; combining marks, zero-width
/// characters and format controls 0; everything else (Latin, Cyrillic, Greek, box drawing) 1.
/// A grapheme is as wide as its first scalar (its marks add nothing), except a flag (a pair of
/// regional indicators), which takes 2. A control character counts 1, the width of the visible
/// symbol the Buffer shows for it (see `visibleCharacter`); tab and newline count 0, as their
/// width depends on where they are.
public func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    let first = scalars[scalars.startIndex]
    let value = first.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0xA0 || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value) {
        return graphemeWidth(of: visibleCharacter(character))
    }
    return graphemeWidth(of: character)
}

/// The width of a grapheme that needs no sanitising.
func graphemeWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    let first = scalars[scalars.startIndex]
    if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
    let width = displayWidth(of: first)
    if width == 1, isRegionalIndicator(first), scalars.count > 1 { return 2 }
    return width
}

/// The number of columns a string takes on one line: the sum of its graphemes' widths, with
/// control characters counted as the Buffer shows them (one column each); tabs and newlines
/// count 0, as their width depends on where they are.
public func displayWidth(of string: String) -> Int {
    if let width = simpleWidth(of: string.unicodeScalars) { return width }
    var total = 0
    forEachGlyph(in: string) { total += $0.width }
    return total
}

/// The width of text whose every scalar is a printable character of one column that no
/// neighbour joins (ASCII, Latin-1 letters, Cyrillic letters): its scalar count. Nil for
/// anything else, which is measured grapheme by grapheme. Most of a chapter's text is such
/// text, and walking graphemes costs far more than counting scalars.
func simpleWidth(of scalars: String.UnicodeScalarView) -> Int? {
    var count = 0
    for scalar in scalars {
        let value = scalar.value
        guard (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x300 && value != 0xAD)
            || (value >= 0x400 && value < 0x483) || (value >= 0x48A && value < 0x530) else { return nil }
        count += 1
    }
    return count
}

/// The length in Characters of a text whose every scalar is a one-column character that no
/// neighbour joins (see `simpleWidth`): each Character then takes one column, so a Character
/// offset is a column offset. Nil for any other text.
public func singleColumnLength(of string: String) -> Int? {
    simpleWidth(of: string.unicodeScalars)
}

public func displayWidth(of string: Substring) -> Int {
    displayWidth(of: String(string))
}

/// The number of columns one Unicode scalar takes on its own (0, 1 or 2).
public func displayWidth(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }  // DEL and C1 controls
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended; the soft hyphen too, as in glibc
    if value >= 0x400 && value < 0x530 {  // Cyrillic: letters 1, combining marks 0
        return value >= 0x483 && value <= 0x489 ? 0 : 1
    }
    if value >= 0x2500 && value < 0x25A0 { return 1 }  // box drawing and block elements
    // Dashes, quotes and bullets, and arrows: common in chapters, skip the property lookups.
    if (value >= 0x2010 && value < 0x2028) || (value >= 0x2030 && value < 0x205F) { return 1 }
    if value >= 0x2190 && value < 0x2200 { return 1 }
    // Hangul medial vowels and final consonants, which join the syllable before them.
    if (value >= 0x1160 && value <= 0x11FF) || (value >= 0xD7B0 && value <= 0xD7FF) { return 0 }
    // The Ahom medial ra: a nonspacing mark in the Unicode data glibc 2.36 was made from.
    if value == 0x1171E { return 0 }
    switch scalar.properties.generalCategory {
    case .format where isPrependedConcatenationMark(value):
        return 1  // visible signs that span the digits after them (glibc counts them 1)
    case .nonspacingMark, .enclosingMark, .format:
        return 0
    case .control, .lineSeparator, .paragraphSeparator, .surrogate:
        return 0
    default:
        break
    }
    if value < 0x1100 { return 1 }
    if isEastAsianWide(value) { return 2 }
    // A regional indicator alone is one column (glibc); two of them make a flag, which
    // `graphemeWidth` counts 2.
    if isRegionalIndicator(scalar) { return 1 }
    return scalar.properties.isEmojiPresentation ? 2 : 1
}

/// Unicode's Prepended_Concatenation_Mark (Arabic number signs, the Syriac abbreviation mark,
/// the Kaithi number signs): format characters that are drawn, so not zero-width.
func isPrependedConcatenationMark(_ value: UInt32) -> Bool {
    (0x600...0x605).contains(value) || value == 0x6DD || value == 0x70F || value == 0x890 || value == 0x891
        || value == 0x8E2 || value == 0x110BD || value == 0x110CD
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

/// True for the 26 regional indicator letters; a pair of them is a flag.
public func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
}
