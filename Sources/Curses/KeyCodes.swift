import CNcursesw
import Screen

/// ncurses key codes (what wget_wch returns with KEY_CODE_YES) and the keys they stand for.
///
/// A sorted array, not a dictionary: a dictionary of a new key type costs the Swift runtime a
/// scan of every protocol conformance of the program the first time it is made, and this
/// table is made before the first frame.
struct KeyCodes: Sendable, ExpressibleByDictionaryLiteral {
    /// By code, ascending; one entry per code.
    typealias Key = Int32
    typealias Value = (key: Screen.Key, modifiers: Modifiers)

    private var entries: [(code: Int32, key: Screen.Key, modifiers: Modifiers)] = []

    init() {}

    init(dictionaryLiteral elements: (Int32, (key: Screen.Key, modifiers: Modifiers))...) {
        for (code, meaning) in elements { set(meaning, for: code) }
    }

    func key(for code: Int32) -> (key: Screen.Key, modifiers: Modifiers)? {
        let index = insertionIndex(of: code)
        guard index < entries.count, entries[index].code == code else { return nil }
        return (entries[index].key, entries[index].modifiers)
    }

    /// Says what a code stands for, in place of what it stood for.
    mutating func set(_ meaning: (key: Screen.Key, modifiers: Modifiers), for code: Int32) {
        let index = insertionIndex(of: code)
        if index < entries.count, entries[index].code == code {
            entries[index] = (code, meaning.key, meaning.modifiers)
        } else {
            entries.insert((code, meaning.key, meaning.modifiers), at: index)
        }
    }

    /// The first entry whose code is not below `code`.
    private func insertionIndex(of code: Int32) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].code < code { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The standard codes plus the extended ones this terminal's terminfo defines
    /// (kRIT5 = Ctrl+Right and the like); call after the terminal is set up.
    static func forCurrentTerminal() -> KeyCodes {
        var table = standard
        for (name, key) in extendedKeyNames {
            // xterm's modifier suffixes: 2 Shift, 3 Alt, 4 Shift+Alt, 5 Ctrl, ... 8 all three.
            for suffix in 2...8 {
                let capname = "\(name)\(suffix)"
                let extended = capname.withCString { sobes_extended_key_code($0) }
                guard extended > 0 else { continue }
                table.set((key, modifiers(xtermParameter: suffix)), for: Int32(extended))
            }
        }
        return table
    }

    /// The codes every ncurses has.
    static var standard: KeyCodes {
        var keys: KeyCodes = [
            KEY_UP: (.up, []), KEY_DOWN: (.down, []), KEY_LEFT: (.left, []), KEY_RIGHT: (.right, []),
            KEY_HOME: (.home, []), KEY_END: (.end, []), KEY_PPAGE: (.pageUp, []), KEY_NPAGE: (.pageDown, []),
            KEY_IC: (.insert, []), KEY_DC: (.delete, []), KEY_BACKSPACE: (.backspace, []),
            KEY_ENTER: (.enter, []), KEY_BTAB: (.backTab, []),
            KEY_SR: (.up, .shift), KEY_SF: (.down, .shift), KEY_SLEFT: (.left, .shift), KEY_SRIGHT: (.right, .shift),
            KEY_SHOME: (.home, .shift), KEY_SEND: (.end, .shift),
            KEY_SPREVIOUS: (.pageUp, .shift), KEY_SNEXT: (.pageDown, .shift),
            KEY_SDC: (.delete, .shift), KEY_SIC: (.insert, .shift),
            KEY_A1: (.home, []), KEY_A3: (.pageUp, []), KEY_C1: (.end, []), KEY_C3: (.pageDown, []),
        ]
        for n in 1...63 {
            keys.set((.function(n), []), for: Int32(sobes_key_f(Int32(n))))
        }
        return keys
    }

    static let extendedKeyNames: [(String, Screen.Key)] = [
        ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
        ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
        ("kDC", .delete), ("kIC", .insert),
    ]
}

/// The modifiers of xterm's parameter (as in "\e[1;5C" or terminfo's kRIT5): the parameter
/// minus one is a bit set of Shift 1, Alt 2, Ctrl 4 (Meta 8 is taken as Alt).
func modifiers(xtermParameter parameter: Int) -> Modifiers {
    let bits = max(0, parameter - 1)
    var result: Modifiers = []
    if bits & 1 != 0 { result.insert(.shift) }
    if bits & 2 != 0 || bits & 8 != 0 { result.insert(.alt) }
    if bits & 4 != 0 { result.insert(.ctrl) }
    return result
}
