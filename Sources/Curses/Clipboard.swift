/// The OSC 52 escape that asks the terminal to put `text` on the system clipboard (xterm,
/// kitty, iTerm2, WezTerm, tmux with set-clipboard; others ignore it).
func clipboardEscape(for text: String) -> String {
    "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{7}"
}

/// Standard base64 with padding.
func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 2 < bytes.count {
        let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
        for shift in [18, 12, 6, 0] { output.append(alphabet[Int(chunk >> UInt32(shift) & 0x3F)]) }
        index += 3
    }
    let rest = bytes.count - index
    if rest > 0 {
        var chunk = UInt32(bytes[index]) << 16
        if rest == 2 { chunk |= UInt32(bytes[index + 1]) << 8 }
        output.append(alphabet[Int(chunk >> 18 & 0x3F)])
        output.append(alphabet[Int(chunk >> 12 & 0x3F)])
        output.append(rest == 2 ? alphabet[Int(chunk >> 6 & 0x3F)] : UInt8(ascii: "="))
        output.append(UInt8(ascii: "="))
    }
    return String(decoding: output, as: UTF8.self)
}
