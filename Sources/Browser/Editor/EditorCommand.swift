/// What the reader asks of the editor; the keymap turns keys and pastes into these.
public enum EditorCommand: Hashable, Sendable {
    /// Typed or pasted text. One character is typing (consecutive ones undo together); longer
    /// text is a paste (one undo step). "\r\n", "\r" and U+2028/2029 become line breaks, a tab
    /// becomes four spaces, other control characters (a stray ESC in a paste) are dropped.
    case insert(String)
    /// Enter: splits the line at the cursor.
    case newline
    /// Backspace: removes the character before the cursor, or joins the line to the one above.
    case deleteBackward
    /// Delete: removes the character after the cursor, or joins the next line to this one.
    case deleteForward
    /// By one character (grapheme), across line ends.
    case left, right
    /// By one visual (soft-wrapped) row, keeping the column the vertical moves started from.
    case up, down
    /// To the start of this or the previous word / the end of this or the next word; at a line's
    /// edge, to the neighbouring line.
    case wordLeft, wordRight
    /// Home: the start of the visual row; pressed there, the start of the logical line (nano).
    case lineStart
    /// End: the end of the visual row; pressed there, the end of the logical line (nano).
    case lineEnd
    /// By a screen's height less one row, keeping the cursor's place on the screen.
    case pageUp, pageDown
    case documentStart, documentEnd
    case undo, redo
    /// Ctrl+K (nano): cuts the cursor's line; cuts in a row gather their lines together.
    case cutLine
    /// Ctrl+U (nano): pastes what was cut.
    case pasteCut
}
