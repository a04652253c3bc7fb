// Bounded look-ahead within one line, for the soft keywords.

extension Scanner {
    /// After `match`/`case` opening a line: true when a pattern statement follows
    /// (`match subject:` / `case pattern:`), not an assignment, call or attribute.
    func startsPatternStatement(after wordEnd: Int) -> Bool {
        var p = wordEnd
        while p < end && isBlank(bytes[p]) { p &+= 1 }
        guard p < end else { return false }
        switch bytes[p] {
        case ASCII.dot:
            // `match ...:` matches Ellipsis; `match.group()` is an attribute.
            guard byte(at: p &+ 1) == ASCII.dot && byte(at: p &+ 2) == ASCII.dot else { return false }
        case ASCII.colon, 0x2C, 0x3B, ASCII.equals, 0x5E, 0x26, 0x7C, ASCII.at, 0x7E,
             0x29, 0x5D, ASCII.closeBrace, ASCII.newline, ASCII.hash:
            return false
        default:
            break
        }
        if isIdentifierStart(bytes[p]) {
            var q = p
            while q < end && isIdentifierContinue(bytes[q]) { q &+= 1 }
            if let wordClass = words.lookup(bytes + p, length: q &- p),
               wordClass != .constant && wordClass != .builtin && wordClass != .underscore,
               wordClass != .match && wordClass != .case && wordClass != .type {
                return false  // `match in xs`, `case if ...`: not a pattern statement
            }
        }
        return lineEndsWithColon(from: p)
    }

    /// After `type` opening a line: `type Name = ...` or `type Name[T] = ...`.
    func startsTypeAlias(after wordEnd: Int) -> Bool {
        var p = wordEnd
        guard p < end && isBlank(bytes[p]) else { return false }
        while p < end && isBlank(bytes[p]) { p &+= 1 }
        guard p < end && isIdentifierStart(bytes[p]) else { return false }
        while p < end && isIdentifierContinue(bytes[p]) { p &+= 1 }
        while p < end && isBlank(bytes[p]) { p &+= 1 }
        let c = byte(at: p)
        return c == 0x5B || (c == ASCII.equals && byte(at: p &+ 1) != ASCII.equals)
    }

    /// True when the rest of the line, outside strings and before a comment, ends with `:`.
    private func lineEndsWithColon(from start: Int) -> Bool {
        var p = start
        var last: UInt8 = 0
        while p < end {
            let c = bytes[p]
            if c == ASCII.newline || c == ASCII.hash { break }
            if isQuote(c) {
                let triple = byte(at: p &+ 1) == c && byte(at: p &+ 2) == c
                if triple { return false }
                p &+= 1
                while p < end && bytes[p] != c && bytes[p] != ASCII.newline {
                    if bytes[p] == ASCII.backslash && byte(at: p &+ 1) != ASCII.newline { p &+= 1 }
                    p &+= 1
                }
                if p >= end || bytes[p] != c { return false }
                last = c
                p &+= 1
                continue
            }
            if !isBlank(c) { last = c }
            p &+= 1
        }
        return last == ASCII.colon
    }
}
