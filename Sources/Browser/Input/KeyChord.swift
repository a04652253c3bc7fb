import Screen

/// A key with the modifiers held: what one binding of the table answers to.
public struct KeyChord: Hashable, Sendable {
    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    public static func character(_ character: Character) -> KeyChord { KeyChord(.character(character)) }
    public static func ctrl(_ character: Character) -> KeyChord { KeyChord(.character(character), .ctrl) }
    public static func ctrl(_ key: Key) -> KeyChord { KeyChord(key, .ctrl) }
    public static func alt(_ key: Key) -> KeyChord { KeyChord(key, .alt) }

    /// The chord as help, hints and the README write it: `j`, `Ctrl+D`, `Space`, `↓`.
    public var name: String {
        var prefix = ""
        if modifiers.contains(.ctrl) { prefix += "Ctrl+" }
        if modifiers.contains(.alt) { prefix += "Alt+" }
        if modifiers.contains(.shift) { prefix += "Shift+" }
        return prefix + Self.name(of: key, uppercased: !prefix.isEmpty)
    }

    private static func name(of key: Key, uppercased: Bool) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let character): return uppercased ? character.uppercased() : String(character)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift+Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Insert"
        case .function(let number): return "F\(number)"
        }
    }
}
