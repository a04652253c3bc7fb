// Formatting placeholders inside ordinary (non-f) strings, matched by hand the way
// Pygments' patterns match them:
//   %(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]
//   \{((\w+)((\.\w+)|(\[[^\]]+\]))*)?(![sra])?(:(.?[<>=^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[E-GXb-gnosx%]?)?\}

extension Scanner {
    /// The end of a `%` placeholder starting at `start`, or nil.
    func percentPlaceholderEnd(from start: Int) -> Int? {
        var p = start &+ 1
        if byte(at: p) == 0x28 {  // (name)
            var q = p &+ 1
            while isIdentifierContinue(byte(at: q)) { q &+= 1 }
            if q > p &+ 1 && byte(at: q) == 0x29 { p = q &+ 1 }
        }
        while true {
            let c = byte(at: p)
            guard c == 0x2D || c == 0x23 || c == 0x30 || c == 0x20 || c == 0x2B else { break }
            p &+= 1
        }
        if byte(at: p) == 0x2A { p &+= 1 } else { while isDigit(byte(at: p)) { p &+= 1 } }
        if byte(at: p) == ASCII.dot {
            if byte(at: p &+ 1) == 0x2A {
                p &+= 2
            } else if isDigit(byte(at: p &+ 1)) {
                p &+= 1
                while isDigit(byte(at: p)) { p &+= 1 }
            }
        }
        let length = byte(at: p)
        if length == 0x68 || length == 0x6C || length == 0x4C { p &+= 1 }  // h l L
        switch byte(at: p) {
        case 0x45...0x47, 0x58, 0x63...0x67, 0x69, 0x6F, 0x72, 0x73, 0x61, 0x75, 0x78, ASCII.percent:
            return p &+ 1
        default:
            return nil
        }
    }

    /// The end of a `{...}` format field starting at `start`, or nil.
    func formatFieldEnd(from start: Int) -> Int? {
        var p = start &+ 1
        // field name: \w+ then (.\w+ | [^]]+])*
        if isIdentifierContinue(byte(at: p)) {
            while isIdentifierContinue(byte(at: p)) { p &+= 1 }
            while true {
                if byte(at: p) == ASCII.dot && isIdentifierContinue(byte(at: p &+ 1)) {
                    p &+= 1
                    while isIdentifierContinue(byte(at: p)) { p &+= 1 }
                } else if byte(at: p) == 0x5B {
                    var q = p &+ 1
                    // Stopping at `{` too keeps the scan linear on lines like '{a[{a[{a[...'.
                    while q < end && bytes[q] != 0x5D && bytes[q] != ASCII.newline
                        && bytes[q] != ASCII.openBrace { q &+= 1 }
                    guard byte(at: q) == 0x5D && q > p &+ 1 else { break }
                    p = q &+ 1
                } else {
                    break
                }
            }
        }
        if byte(at: p) == ASCII.bang {
            let c = byte(at: p &+ 1)
            if c == 0x73 || c == 0x72 || c == 0x61 { p &+= 2 }
        }
        if byte(at: p) == ASCII.colon, let specEnd = formatSpecEnd(from: p &+ 1) {
            return specEnd
        }
        return byte(at: p) == ASCII.closeBrace ? p &+ 1 : nil
    }

    /// After the `:`: (.?[<>=^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[type]?\} ; returns the end past `}`.
    private func formatSpecEnd(from start: Int) -> Int? {
        func isAlign(_ c: UInt8) -> Bool { c == 0x3C || c == 0x3E || c == ASCII.equals || c == 0x5E }
        for variant in 0..<3 {
            // Pygments' order: fill and align, align alone, neither.
            var p = start
            if variant == 0 {
                guard start &+ 1 < end, bytes[start] != ASCII.newline, isAlign(bytes[start &+ 1]) else { continue }
                p = start &+ 2
            } else if variant == 1 {
                guard isAlign(byte(at: start)) else { continue }
                p = start &+ 1
            }
            let sign = byte(at: p)
            if sign == 0x2D || sign == 0x2B || sign == 0x20 { p &+= 1 }
            if byte(at: p) == ASCII.hash { p &+= 1 }
            if byte(at: p) == 0x30 { p &+= 1 }
            while isDigit(byte(at: p)) { p &+= 1 }
            if byte(at: p) == 0x2C { p &+= 1 }
            if byte(at: p) == ASCII.dot && isDigit(byte(at: p &+ 1)) {
                p &+= 1
                while isDigit(byte(at: p)) { p &+= 1 }
            }
            switch byte(at: p) {
            case 0x45...0x47, 0x58, 0x62...0x67, 0x6E, 0x6F, 0x73, 0x78, ASCII.percent: p &+= 1
            default: break
            }
            if byte(at: p) == ASCII.closeBrace { return p &+ 1 }
        }
        return nil
    }
}
