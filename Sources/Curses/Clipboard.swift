import Foundation

/// The OSC 52 escape that asks the terminal to put `text` on the system clipboard (xterm,
/// kitty, iTerm2, WezTerm, tmux with set-clipboard; others ignore it).
func clipboardEscape(for text: String) -> String {
    "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{7}"
}
