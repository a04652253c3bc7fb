/// Folds a character the way both the index and queries see it: lowercase, and ё read as е,
/// since Russian text writes ё and е interchangeably.
public enum CaseFolding {
    /// The folded scalar value; the common Latin and Cyrillic ranges skip Unicode's tables.
    public static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A, 0x410...0x42F: return value + 0x20
        case 0x401, 0x451: return 0x435
        case 0x400...0x40F: return value + 0x50
        case 0..<0x80, 0x430...0x44F: return value
        default: return foldOther(value)
        }
    }

    static func foldOther(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first else { return value }
        return only.value
    }

    /// The folded text.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(Unicode.Scalar(fold(scalar.value)) ?? scalar)
        }
        return String(scalars)
    }
}
