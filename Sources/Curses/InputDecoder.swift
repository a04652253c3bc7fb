import Screen

/// One unit of input as wget_wch returns it: a character, or a key code ncurses recognised.
enum RawInput: Equatable, Sendable {
    case character(Unicode.Scalar)
    case keyCode(Int32)
}

/// Turns raw input into events: control characters into keys, ESC+key into Alt+key, escape
/// sequences ncurses does not know (bracketed paste, xterm's modified keys where terminfo lacks
/// them) into keys or pastes. Pure: the reader feeds it input, and tells it when input paused.
struct InputDecoder: Sendable {
    private enum State: Sendable {
        case ground
        /// After ESC: the next input is Alt+key or starts a sequence.
        case escape
        /// After ESC [ : parameter and intermediate bytes so far.
        case controlSequence(String)
        /// After ESC O : one final byte follows.
        case singleShift
        /// Between ESC [ 200 ~ and ESC [ 201 ~ : the text so far.
        case paste(String)
    }

    private var state = State.ground
    var keyCodes: KeyCodes

    init(keyCodes: KeyCodes = .init()) {
        self.keyCodes = keyCodes
    }

    /// True while a sequence is unfinished: the reader should wait briefly for more input and
    /// call `inputPaused()` if none comes.
    var isPending: Bool {
        if case .ground = state { return false }
        return true
    }

    /// True inside a bracketed paste (the reader waits longer: a paste may arrive in chunks).
    var isInPaste: Bool {
        if case .paste = state { return true }
        return false
    }

    /// Takes one unit of input and returns the events it completes (often none or one).
    mutating func feed(_ input: RawInput) -> [InputEvent] {
        switch state {
        case .ground:
            return ground(input)

        case .escape:
            state = .ground
            switch input {
            case .character("["):
                state = .controlSequence("")
                return []
            case .character("O"):
                state = .singleShift
                return []
            case .character("\u{1B}"):
                // ESC ESC: the first is a lone Escape; the second may start something.
                state = .escape
                return [.key(.escape)]
            default:
                return ground(input).map(addingAlt)
            }

        case .controlSequence(let sequence):
            guard case .character(let scalar) = input, scalar.value >= 0x20, scalar.value < 0x7F else {
                // Not part of a sequence. Right after ESC [ it was Alt+[ and then this input;
                // later, the broken sequence is dropped and this input starts over.
                state = .ground
                let prefix: [InputEvent] = sequence.isEmpty ? [.key(.character("["), .alt)] : []
                return prefix + feed(input)
            }
            if scalar.value >= 0x40 {  // final byte
                state = .ground
                return controlSequence(parameters: sequence, final: scalar)
            }
            if sequence.utf8.count >= 32 {  // runaway: not a sequence we could understand
                state = .ground
                return []
            }
            state = .controlSequence(sequence + String(Character(scalar)))
            return []

        case .singleShift:
            state = .ground
            guard case .character(let scalar) = input else { return feed(input) }
            if let key = Self.finalKeys[scalar] { return [.key(key, [])] }
            return []

        case .paste(var text):
            guard case .character(let scalar) = input else { return [] }
            // Let go of the state's copy first, so appending does not copy the whole paste.
            state = .ground
            text.unicodeScalars.append(scalar)
            if scalar == "~", text.hasSuffix("\u{1B}[201~") {
                text.removeLast(6)
                state = .ground
                return [.paste(Self.normalizingNewlines(text))]
            }
            state = .paste(text)
            return []
        }
    }

    /// No more input came soon after: a lone ESC is the Escape key, ESC [ is Alt+[, ESC O is
    /// Alt+O; an unfinished paste is kept (call `endPaste()` to give up on it).
    mutating func inputPaused() -> [InputEvent] {
        switch state {
        case .ground, .paste:
            return []
        case .escape:
            state = .ground
            return [.key(.escape)]
        case .controlSequence(let sequence):
            state = .ground
            return sequence.isEmpty ? [.key(.character("["), .alt)] : []
        case .singleShift:
            state = .ground
            return [.key(.character("O"), .alt)]
        }
    }

    /// Delivers an unfinished paste as it is (its end marker never came).
    mutating func endPaste() -> [InputEvent] {
        guard case .paste(let text) = state else { return [] }
        state = .ground
        return text.isEmpty ? [] : [.paste(Self.normalizingNewlines(text))]
    }

    // MARK: Single inputs

    private mutating func ground(_ input: RawInput) -> [InputEvent] {
        switch input {
        case .keyCode(let code):
            guard let (key, modifiers) = keyCodes.key(for: code) else { return [] }
            return [.key(key, modifiers)]
        case .character(let scalar):
            if scalar == "\u{1B}" {
                state = .escape
                return []
            }
            return [Self.event(for: scalar)]
        }
    }

    /// The key a character stands for: control characters become named keys or Ctrl+letter.
    static func event(for scalar: Unicode.Scalar) -> InputEvent {
        switch scalar.value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x1B: return .key(.escape)
        case 0x00: return .key(.character(" "), .ctrl)
        case 0x01...0x1A: return .key(.character(Character(Unicode.Scalar(0x60 + scalar.value)!)), .ctrl)
        case 0x1C...0x1F: return .key(.character(Character(Unicode.Scalar(0x40 + scalar.value)!)), .ctrl)
        case 0x80..<0xA0: return .key(.character("\u{FFFD}"))
        default: return .key(.character(Character(scalar)))
        }
    }

    private func addingAlt(_ event: InputEvent) -> InputEvent {
        guard case .key(let key, let modifiers) = event else { return event }
        return .key(key, modifiers.union(.alt))
    }

    // MARK: Sequences

    /// Final bytes of CSI and SS3 sequences that name a key ("\e[A", "\eOA", "\e[1;5A").
    private static let finalKeys: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]

    /// Keys of "\e[N~" sequences, by N.
    private static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4),
        15: .function(5), 17: .function(6), 18: .function(7), 19: .function(8),
        20: .function(9), 21: .function(10), 23: .function(11), 24: .function(12),
    ]

    private mutating func controlSequence(parameters: String, final: Unicode.Scalar) -> [InputEvent] {
        if parameters.hasPrefix("<"), final == "M" || final == "m" {
            return Self.sgrMouse(parameters.dropFirst(), isRelease: final == "m").map { [.mouse($0)] } ?? []
        }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 }
        let modifierParameter = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        let modifiers = modifiers(xtermParameter: modifierParameter)
        switch final {
        case "~":
            if first == 200 {
                state = .paste("")
                return []
            }
            if first == 201 { return [] }  // a stray paste end
            guard let number = first, let key = Self.tildeKeys[number] else { return [] }
            return [.key(key, modifiers)]
        case "Z":
            return [.key(.backTab, modifiers.subtracting(.shift))]
        default:
            guard let key = Self.finalKeys[final] else { return [] }  // focus reports and others
            return [.key(key, modifiers)]
        }
    }

    /// An SGR (1006) mouse report, "\e[<B;X;YM" (a press, a move, a wheel step) or "...m" (a
    /// release): the session turns this encoding on itself, since terminfo may not ask for it
    /// (tmux-256color, screen-256color) and the classic one cannot say a column past 223, so
    /// ncurses, which only parses the encoding terminfo names, passes these reports on to us.
    /// X and Y count from 1; B's low bits are the button, 4 shift, 8 alt, 16 ctrl, 32 motion,
    /// 64 the wheel.
    static func sgrMouse(_ parameters: Substring, isRelease: Bool) -> MouseEvent? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let code = numbers[0], let column = numbers[1], let row = numbers[2],
              column >= 1, row >= 1 else { return nil }
        var modifiers: Modifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.ctrl) }
        let buttons: [MouseButton?] = [.left, .middle, .right, nil]
        let kind: MouseEvent.Kind
        if code & 64 != 0 {
            guard !isRelease, code & 3 < 2 else { return nil }  // wheels left and right are not used
            kind = code & 1 == 0 ? .wheelUp : .wheelDown
        } else if code & 32 != 0 {
            kind = .motion
        } else if let button = buttons[code & 3] {
            kind = isRelease ? .release(button) : .press(button)
        } else {
            return nil
        }
        return MouseEvent(kind, at: Point(x: column - 1, y: row - 1), modifiers: modifiers)
    }

    /// Terminals send a pasted newline as CR; the Browser gets "\n".
    private static func normalizingNewlines(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            result.append(previousWasCR ? "\n" : scalar)
        }
        return String(result)
    }
}
