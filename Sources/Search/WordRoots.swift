/// The root a stem shares with its derived words, for the fallback below exact stems: Snowball
/// removes endings only, so сборщик and сборка, утиная and утка, ограничитель and ограничить,
/// транзакция and транзакционный keep different stems. Stripping derivational suffixes from the
/// stem until none is left brings each family to one root.
enum WordRoots {
    /// The root of a folded stem; nil when it is too short to have one.
    static func root(ofStem stem: String) -> String? {
        let scalars = Array(stem.unicodeScalars)
        guard let first = scalars.first else { return nil }
        let isCyrillic = first.value >= 0x430 && first.value <= 0x44F
        let suffixes = isCyrillic ? russian : english
        let shortest = isCyrillic ? 2 : 4
        guard scalars.count >= shortest + 1 else { return nil }
        var root = scalars
        var stripped = true
        while stripped {
            stripped = false
            for suffix in suffixes where root.count - suffix.count >= shortest && root.suffix(suffix.count).elementsEqual(suffix) {
                root.removeLast(suffix.count)
                stripped = true
                break
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: root)
        return String(text)
    }

    /// Longest first within each family: -ировани before -ани, -итель before -тель. English
    /// Snowball already strips most derivational endings (-er, -ance, -ive in its region 2).
    private static let russian: [[Unicode.Scalar]] = [
        "изировани", "изирован", "изирова", "ировани", "ирован", "ировк", "ирова", "изаци", "ационн", "ацион", "аци", "ционн", "цион", "ион",
        "ени", "ани", "итель", "ител", "тель", "тел", "ость", "ост", "ств", "щик", "чик", "ник",
        "ическ", "ичн", "ива", "ыва", "ова", "ева", "ован", "онн", "енн", "ск", "ен", "ов", "ев",
        "ин", "ок", "ек", "к", "н", "я",
    ].map { Array($0.unicodeScalars) }

    private static let english: [[Unicode.Scalar]] = [
        "ation", "ition", "ment", "ness", "abl", "ibl", "iti", "ion", "ize", "ise", "ist", "ism",
        "ic", "al", "iv",
    ].map { Array($0.unicodeScalars) }
}
