// String literals: prefixes, quotes, escapes, placeholders and f-string fields.

extension Scanner {
    /// Opens a string at `pos` whose prefix (r, b, f, ...) is `prefixLength` bytes long.
    mutating func openString(prefixLength: Int, atLineStart lineStartHere: Bool) {
        var style = StringStyle(quote: 0, isTriple: false, isRaw: false, isBytes: false,
                                isFormatted: false, isDoc: false)
        for index in 0..<prefixLength {
            switch bytes[pos &+ index] | 0x20 {
            case 0x72: style.isRaw = true
            case 0x62: style.isBytes = true
            case 0x66, 0x74: style.isFormatted = true
            default: break
            }
        }
        let quoteAt = pos &+ prefixLength
        let quote = bytes[quoteAt]
        style.quote = quote
        style.isTriple = byte(at: quoteAt &+ 1) == quote && byte(at: quoteAt &+ 2) == quote
        let openerEnd = quoteAt &+ (style.isTriple ? 3 : 1)
        if style.isTriple && lineStartHere && !style.isFormatted && stack.isEmpty {
            // Pygments treats a terminated triple-quoted string opening a line as a
            // docstring: one string token, no escapes or placeholders inside.
            style.isDoc = findTripleQuote(quote, from: openerEnd) != nil
        }
        stack.append(.string(style))
        emit(.string, to: openerEnd)
    }

    private func findTripleQuote(_ quote: UInt8, from start: Int) -> Int? {
        var p = start
        while p &+ 2 < end {
            if bytes[p] == quote {
                if bytes[p &+ 1] == quote && bytes[p &+ 2] == quote { return p }
            }
            p &+= 1
        }
        return nil
    }

    mutating func scanString(_ style: StringStyle) {
        let c = bytes[pos]
        if c == style.quote {
            if !style.isTriple {
                stack.removeLast()
                emit(.string, length: 1)
            } else if byte(at: pos &+ 1) == c && byte(at: pos &+ 2) == c {
                stack.removeLast()
                emit(.string, length: 3)
            } else {
                emit(.string, length: 1)
            }
            return
        }
        if style.isDoc {
            var p = pos &+ 1
            while p < end {
                let b = bytes[p]
                if b == style.quote || b == ASCII.newline { break }
                p &+= 1
            }
            emit(.string, to: p)
            return
        }
        switch c {
        case ASCII.backslash:
            scanEscape(style)
        case ASCII.openBrace:
            if style.isFormatted {
                if byte(at: pos &+ 1) == ASCII.openBrace {
                    emit(.stringEscape, length: 2)
                } else {
                    stack.append(.field(depth: 0))
                    emit(.stringInterpolation, length: 1)
                }
            } else if let fieldEnd = formatFieldEnd(from: pos) {
                emit(.stringInterpolation, to: fieldEnd)
            } else {
                emit(.string, length: byte(at: pos &+ 1) == ASCII.openBrace ? 2 : 1)
            }
        case ASCII.closeBrace:
            if style.isFormatted {
                emit(byte(at: pos &+ 1) == ASCII.closeBrace ? .stringEscape : .stringInterpolation,
                     length: byte(at: pos &+ 1) == ASCII.closeBrace ? 2 : 1)
            } else {
                emit(.string, length: 1)
            }
        case ASCII.percent where !style.isFormatted:
            if let placeholderEnd = percentPlaceholderEnd(from: pos) {
                emit(.stringInterpolation, to: placeholderEnd)
            } else {
                emit(.string, length: 1)
            }
        default:
            // The hot loop: a run of plain string content.
            let quote = style.quote
            var p = pos &+ 1
            while p < end {
                let b = bytes[p]
                if b == quote || b == ASCII.backslash || b == ASCII.newline || b == ASCII.openBrace
                    || b == ASCII.closeBrace || b == ASCII.percent {
                    break
                }
                p &+= 1
            }
            emit(.string, to: p)
        }
    }

    private mutating func scanEscape(_ style: StringStyle) {
        let next = byte(at: pos &+ 1)
        if next == ASCII.newline && pos &+ 1 < end {
            if style.isRaw && style.isTriple {
                emit(.string, length: 1)
            } else {
                escapedNewline = true
                emit(.stringEscape, length: 1)
            }
            return
        }
        if style.isRaw {
            let escapes = !style.isTriple && (next == ASCII.backslash || next == style.quote)
            emit(escapes ? .stringEscape : .string, length: escapes ? 2 : 1)
            return
        }
        switch next {
        case ASCII.backslash, ASCII.singleQuote, ASCII.doubleQuote,
             0x61, 0x62, 0x66, 0x6E, 0x72, 0x74, 0x76:  // a b f n r t v
            emit(.stringEscape, length: 2)
        case 0x78 where isHexDigit(byte(at: pos &+ 2)) && isHexDigit(byte(at: pos &+ 3)):  // x
            emit(.stringEscape, length: 4)
        case 0x30...0x37:
            var length = 2
            while length < 4 && isOctalDigit(byte(at: pos &+ length)) { length &+= 1 }
            emit(.stringEscape, length: length)
        case 0x75 where !style.isBytes && hexRun(from: pos &+ 2, count: 4):  // u
            emit(.stringEscape, length: 6)
        case 0x55 where !style.isBytes && hexRun(from: pos &+ 2, count: 8):  // U
            emit(.stringEscape, length: 10)
        case 0x4E where !style.isBytes && byte(at: pos &+ 2) == ASCII.openBrace:  // N{...}
            // Character names are short (the longest is 88 bytes); the bound keeps
            // lines like "\N{\N{\N{..." linear.
            var p = pos &+ 3
            let limit = Swift.min(end, p &+ 128)
            while p < limit && bytes[p] != ASCII.closeBrace && bytes[p] != ASCII.newline { p &+= 1 }
            if byte(at: p) == ASCII.closeBrace {
                emit(.stringEscape, to: p &+ 1)
            } else {
                emit(.string, length: 1)
            }
        default:
            emit(.string, length: 1)
        }
    }

    private func hexRun(from start: Int, count: Int) -> Bool {
        guard start &+ count <= end else { return false }
        for index in start..<(start &+ count) where !isHexDigit(bytes[index]) { return false }
        return true
    }
}
