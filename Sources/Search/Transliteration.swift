/// A spelling key shared by both scripts, so a Russian term spelled after its English original
/// meets it: семафор and semaphore both read `semafor`, мьютекс and mutex `muteks`, класс and
/// class `klas`. Cyrillic is transliterated letter by letter; English spelling is reduced the
/// way Russian borrows it (ph → f, c → k or s, x → ks, final e silent); doubled letters collapse.
enum Transliteration {
    /// The key of a folded single-script word, or nil for anything else.
    static func key(_ word: String) -> [UInt8]? {
        let scalars = Array(word.unicodeScalars.map(\.value))
        guard let first = scalars.first else { return nil }
        if first >= 0x430 && first <= 0x44F {
            var latin: [UInt8] = []
            for value in scalars {
                guard value >= 0x430 && value <= 0x44F else { return nil }
                latin.append(contentsOf: cyrillic[Int(value - 0x430)].utf8)
            }
            return collapsed(latin)
        }
        guard scalars.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        return collapsed(reducedEnglish(scalars.map { UInt8($0) }))
    }

    /// а…я (folded: ё is already е) in Latin letters.
    private static let cyrillic = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "i", "", "e", "u", "ia",
    ]

    private static func reducedEnglish(_ letters: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        func at(_ offset: Int) -> UInt8 { index + offset < letters.count ? letters[index + offset] : 0 }
        while index < letters.count {
            let letter = letters[index]
            switch (letter, at(1)) {
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): out.append(UInt8(ascii: "f")); index += 2; continue
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): out.append(UInt8(ascii: "t")); index += 2; continue
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): out.append(UInt8(ascii: "k")); index += 2; continue
            case (UInt8(ascii: "c"), UInt8(ascii: "h")): out.append(contentsOf: Array("ch".utf8)); index += 2; continue
            case (UInt8(ascii: "q"), UInt8(ascii: "u")): out.append(contentsOf: Array("kv".utf8)); index += 2; continue
            case (UInt8(ascii: "e"), UInt8(ascii: "e")): out.append(UInt8(ascii: "i")); index += 2; continue
            case (UInt8(ascii: "o"), UInt8(ascii: "o")): out.append(UInt8(ascii: "u")); index += 2; continue
            case (UInt8(ascii: "c"), let next):
                let soft = next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y")
                out.append(soft ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case (UInt8(ascii: "x"), _): out.append(contentsOf: Array("ks".utf8))
            case (UInt8(ascii: "q"), _): out.append(UInt8(ascii: "k"))
            case (UInt8(ascii: "w"), _): out.append(UInt8(ascii: "v"))
            case (UInt8(ascii: "y"), _): out.append(UInt8(ascii: "i"))
            case (UInt8(ascii: "j"), _): out.append(contentsOf: Array("dzh".utf8))
            case (UInt8(ascii: "e"), 0) where out.count >= 3: break
            default: out.append(letter)
            }
            index += 1
        }
        return out
    }

    private static func collapsed(_ letters: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        for letter in letters where letter != out.last { out.append(letter) }
        return out.isEmpty ? nil : out
    }
}
