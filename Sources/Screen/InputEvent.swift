// What the reader does, as the backend reports it. It lives here, not in Curses, so the
// Browser's keymap and tests can use it without a terminal.

/// One input event from the terminal.
public enum InputEvent: Hashable, Sendable {
    /// A key, with the modifiers the terminal reported.
    case key(Key, Modifiers)
    case mouse(MouseEvent)
    /// The terminal changed size; the next frame must be drawn at this size.
    case resize(Size)
    /// Text pasted while bracketed paste was on, delivered whole (newlines included) so it is
    /// never taken for key presses.
    case paste(String)

    /// A key with no modifiers.
    public static func key(_ key: Key) -> InputEvent { .key(key, []) }

    /// A typed character with no modifiers: `.character("j")`.
    public static func character(_ character: Character) -> InputEvent { .key(.character(character), []) }

    /// The events of typing `text` key by key (newline as Enter, tab as Tab): for tests.
    public static func typing(_ text: String) -> [InputEvent] {
        text.map { character in
            switch character {
            case "\n", "\r\n", "\r": return .key(.enter)
            case "\t": return .key(.tab)
            default: return .character(character)
            }
        }
    }
}

/// A key on the keyboard.
///
/// Printable keys arrive as `.character` with the character typed, so Shift+g is `"G"` with no
/// `.shift` (terminals do not report it) and a Cyrillic layout gives Cyrillic letters.
/// Ctrl+letter arrives as the lowercase letter with `.ctrl`, except the letters terminals turn
/// into keys of their own: Ctrl+I is `.tab`, Ctrl+M and Ctrl+J are `.enter`, Ctrl+H is
/// `.backspace`, Ctrl+[ is `.escape`. Alt+key arrives as the key with `.alt`.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case tab
    /// Shift+Tab.
    case backTab
    case backspace
    case delete
    case escape
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    case insert
    /// F1...F12 (and beyond, where the terminal has them).
    case function(Int)
}

/// Modifier keys held with a key or a click.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let shift = Modifiers(rawValue: 1 << 0)
    public static let alt = Modifiers(rawValue: 1 << 1)
    public static let ctrl = Modifiers(rawValue: 1 << 2)
}

/// A mouse button press or a wheel step, at a cell of the screen.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press(MouseButton)
        case release(MouseButton)
        /// The pointer moved (with a button held, it is a drag).
        case motion
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var position: Point
    public var modifiers: Modifiers

    public init(_ kind: Kind, at position: Point, modifiers: Modifiers = []) {
        self.kind = kind
        self.position = position
        self.modifiers = modifiers
    }
}

public enum MouseButton: Hashable, Sendable {
    case left, middle, right
}
