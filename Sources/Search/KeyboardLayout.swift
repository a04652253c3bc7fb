/// Reads text typed with the keyboard in the wrong layout: ЙЦУКЕН keys pressed while the
/// system layout was QWERTY, or the reverse (`ctvfajh` is семафор, `ефылпкщгз` is taskgroup).
public enum KeyboardLayout {
    private static let latin = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,./`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?~")
    private static let cyrillic = Array("йцукенгшщзхъфывапролджэячсмитьбю.ёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,Ё")

    private static let latinToCyrillic: [Character: Character] = Dictionary(
        zip(latin, cyrillic).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    private static let cyrillicToLatin: [Character: Character] = Dictionary(
        zip(cyrillic, latin).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })

    /// The text as it would read in the other layout. A Latin text becomes Cyrillic key by key
    /// (punctuation keys too: `;` is ж, `.` is ю), a Cyrillic text becomes Latin; in a text that
    /// mixes both, only letters switch. Spaces and digits stay.
    public static func switched(_ text: String) -> String {
        var hasCyrillic = false
        var hasLatin = false
        for scalar in text.unicodeScalars {
            if (0x400...0x4FF).contains(scalar.value) { hasCyrillic = true }
            if scalar.isASCII && scalar.properties.isAlphabetic { hasLatin = true }
        }
        var result = ""
        result.reserveCapacity(text.utf8.count * 2)
        for character in text {
            let mapped: Character?
            if hasLatin && !hasCyrillic {
                mapped = latinToCyrillic[character]
            } else if hasCyrillic && !hasLatin {
                mapped = cyrillicToLatin[character]
            } else if character.isLetter {
                mapped = latinToCyrillic[character] ?? cyrillicToLatin[character]
            } else {
                mapped = nil
            }
            result.append(mapped ?? character)
        }
        return result
    }
}
