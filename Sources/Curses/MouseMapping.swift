import CNcursesw
import Screen

/// The ncurses mouse-state bits the backend asks for and reads (from the shim's macros).
struct MouseMasks: Sendable {
    var left: UInt
    var middle: UInt
    var right: UInt
    var wheelUp: UInt
    var wheelDown: UInt
    var shift: UInt
    var ctrl: UInt
    var alt: UInt
    /// The left button let go, and the pointer moving (a drag, while the button is held).
    var leftReleased: UInt = 0
    var motion: UInt = 0

    /// Presses, wheel steps, and the left button's drag and release (text selection).
    var reported: UInt { left | middle | right | wheelUp | wheelDown | shift | ctrl | alt | leftReleased | motion }

    static var current: MouseMasks {
        MouseMasks(left: UInt(sobes_button_pressed(1)), middle: UInt(sobes_button_pressed(2)),
                   right: UInt(sobes_button_pressed(3)), wheelUp: UInt(sobes_button_pressed(4)),
                   wheelDown: UInt(sobes_button_pressed(5)), shift: UInt(sobes_button_shift()),
                   ctrl: UInt(sobes_button_ctrl()), alt: UInt(sobes_button_alt()),
                   leftReleased: UInt(sobes_button1_released()), motion: UInt(sobes_report_position()))
    }

    /// The event a getmouse state stands for, or nil for states the Browser does not use.
    func event(state: UInt, x: Int, y: Int) -> MouseEvent? {
        var modifiers: Modifiers = []
        if state & shift != 0 { modifiers.insert(.shift) }
        if state & ctrl != 0 { modifiers.insert(.ctrl) }
        if state & alt != 0 { modifiers.insert(.alt) }
        let kind: MouseEvent.Kind
        if state & wheelUp != 0 {
            kind = .wheelUp
        } else if wheelDown != 0 && state & wheelDown != 0 {
            kind = .wheelDown
        } else if state & left != 0 {
            kind = .press(.left)
        } else if state & middle != 0 {
            kind = .press(.middle)
        } else if state & right != 0 {
            kind = .press(.right)
        } else if state & leftReleased != 0 {
            kind = .release(.left)
        } else if state & motion != 0 {
            kind = .motion
        } else {
            return nil
        }
        return MouseEvent(kind, at: Point(x: x, y: y), modifiers: modifiers)
    }
}
