// Colours and what a terminal can show of them.

/// A terminal colour. `.ansi` holds the 16 standard colours (0-7 normal, 8-15 bright), `.indexed`
/// the xterm 256-colour palette, `.rgb` a true colour that backends approximate to what they have.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.ansi(0)
    public static let red = Color.ansi(1)
    public static let green = Color.ansi(2)
    public static let yellow = Color.ansi(3)
    public static let blue = Color.ansi(4)
    public static let magenta = Color.ansi(5)
    public static let cyan = Color.ansi(6)
    public static let white = Color.ansi(7)
    public static let brightBlack = Color.ansi(8)
    public static let brightRed = Color.ansi(9)
    public static let brightGreen = Color.ansi(10)
    public static let brightYellow = Color.ansi(11)
    public static let brightBlue = Color.ansi(12)
    public static let brightMagenta = Color.ansi(13)
    public static let brightCyan = Color.ansi(14)
    public static let brightWhite = Color.ansi(15)
}

/// How many colours a terminal shows. A backend reports it; the Browser picks a theme by it
/// (a monochrome theme uses attributes only).
public enum ColorSupport: Int, Comparable, Sendable {
    case monochrome = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256
    /// 24-bit colour: RGB values are drawn as they are.
    case trueColor = 16_777_216

    public static func < (lhs: ColorSupport, rhs: ColorSupport) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What a terminal shows by its terminfo entry: `colors` (ncurses' COLORS) and the `RGB`
    /// flag, which marks a direct-colour entry (xterm-direct: colour numbers are RGB values).
    public init(colors: Int, hasRGBFlag: Bool) {
        if colors >= 1 << 24 || (hasRGBFlag && colors > 256) {
            self = .trueColor
        } else {
            self = colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : colors >= 8 ? .ansi8 : .monochrome
        }
    }

    /// The terminfo entry to take instead of TERM's when COLORTERM says the terminal shows
    /// 24-bit colour ("truecolor" or "24bit", as terminals set it) and TERM's entry does not
    /// (TERM stays xterm-256color almost everywhere): ncurses draws RGB colours only through a
    /// direct-colour entry, which ncurses names after the terminal (xterm-direct, tmux-direct).
    /// Nil when nothing asks for it or TERM is one already; when the entry is not installed,
    /// the caller keeps TERM's and its nearest colours.
    public static func directColorTerminal(for term: String, colorTerm: String?) -> String? {
        guard let colorTerm, ["truecolor", "24bit"].contains(colorTerm.lowercased()),
              !term.isEmpty, !term.hasSuffix("-direct") else { return nil }
        var base = Substring(term)
        for suffix in ["-256color", "-88color", "-color"] where base.hasSuffix(suffix) {
            base = base.dropLast(suffix.count)
            break
        }
        return String(base) + "-direct"
    }
}

extension Color {
    /// The nearest colour the given support can show: true colours become palette indices,
    /// palette indices become the nearest of the 16 or 8 standard colours, and a monochrome
    /// terminal gets `.default`. Only a true-colour terminal keeps `.rgb`.
    public func approximated(for support: ColorSupport) -> Color {
        switch (self, support) {
        case (.default, _), (_, .monochrome):
            return .default
        case (.ansi(let n), .ansi8):
            return .ansi(n & 7)
        case (.ansi(let n), _):
            return .ansi(n & 15)
        case (.indexed(let n), .indexed256), (.indexed(let n), .trueColor):
            return .indexed(n)
        case (.indexed(let n), _) where n < 16:
            return Color.ansi(n).approximated(for: support)
        case (.indexed(let n), _):
            let (r, g, b) = Color.paletteRGB(n)
            return Color.nearestANSI(r, g, b, count: support == .ansi8 ? 8 : 16)
        case (.rgb, .trueColor):
            return self
        case (.rgb(let r, let g, let b), .indexed256):
            return .indexed(Color.nearestIndex256(r, g, b))
        case (.rgb(let r, let g, let b), _):
            return Color.nearestANSI(r, g, b, count: support == .ansi8 ? 8 : 16)
        }
    }

    /// The usual xterm values of the 16 standard colours.
    static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm 256-palette index (the usual xterm values for 0-15).
    public static func paletteRGB(_ index: UInt8) -> (Int, Int, Int) {
        let n = Int(index)
        if n < 16 {
            let c = ansiRGB[n]
            return (Int(c.0), Int(c.1), Int(c.2))
        }
        if n < 232 {
            let i = n - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        }
        let grey = 8 + (n - 232) * 10
        return (grey, grey, grey)
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    static func nearestANSI(_ r: Int, _ g: Int, _ b: Int, count: Int) -> Color {
        var best = 0, bestDistance = Int.max
        for i in 0..<count {
            let c = ansiRGB[i]
            let d = distance((r, g, b), (Int(c.0), Int(c.1), Int(c.2)))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return .ansi(UInt8(best))
    }

    static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> Color {
        nearestANSI(Int(r), Int(g), Int(b), count: count)
    }

    /// The nearest index of the 6x6x6 cube or the grey ramp (16-255).
    static func nearestIndex256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        func level(_ v: Int) -> Int {
            var best = 0
            for i in 1..<cubeLevels.count where abs(cubeLevels[i] - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let (ri, gi, bi) = (level(target.0), level(target.1), level(target.2))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance(target, (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi]))
        let average = (target.0 + target.1 + target.2) / 3
        let greyIndex = min(23, max(0, (average - 3) / 10))
        let grey = 8 + greyIndex * 10
        let greyDistance = distance(target, (grey, grey, grey))
        return UInt8(greyDistance < cubeDistance ? 232 + greyIndex : cube)
    }
}
