// Code outside strings: names, keywords, numbers, operators, comments. Inside an
// f-string replacement field (`fieldDepth` non-nil) the same rules apply, plus the
// field's own delimiters at depth 0.

extension Scanner {
    mutating func scanCode(fieldDepth: Int?) {
        let c = bytes[pos]
        if isBlank(c) {
            var p = pos &+ 1
            while p < end && isBlank(bytes[p]) { p &+= 1 }
            emit(.whitespace, to: p)
            return
        }
        let lineStartHere = atLineStart
        atLineStart = false
        if isIdentifierStart(c) {
            if c >= 0x80, let width = unicodeBlankWidth(at: pos) {
                atLineStart = lineStartHere
                emit(.whitespace, length: width)
                return
            }
            scanName(atLineStart: lineStartHere)
            return
        }
        pendingName = nil
        if isDigit(c) || (c == ASCII.dot && isDigit(byte(at: pos &+ 1))) {
            scanNumber()
            return
        }
        if fieldDepth == 0, scanFieldDelimiter(c) { return }
        switch c {
        case ASCII.hash:
            var p = pos &+ 1
            while p < end && bytes[p] != ASCII.newline { p &+= 1 }
            emit(.comment, to: p)
        case ASCII.singleQuote, ASCII.doubleQuote:
            openString(prefixLength: 0, atLineStart: lineStartHere)
        case ASCII.dot:
            emit(importMode == .none ? .operator : .identifier, length: 1)
        case ASCII.at:
            if lineStartHere && fieldDepth == nil && isIdentifierStart(byte(at: pos &+ 1)) {
                scanDecorator()
            } else {
                emit(.operator, length: 1)
            }
        case ASCII.colon:
            if byte(at: pos &+ 1) == ASCII.equals {
                emit(.operator, length: 2)
            } else {
                if inCasePattern && casePatternDepth == 0 { inCasePattern = false }
                emit(.punctuation, length: 1)
            }
        case ASCII.bang:
            emit(byte(at: pos &+ 1) == ASCII.equals ? .operator : .text,
                 length: byte(at: pos &+ 1) == ASCII.equals ? 2 : 1)
        case 0x2D, 0x7E, 0x2B, 0x2F, 0x2A, ASCII.percent, ASCII.equals, 0x3C, 0x3E, 0x26, 0x5E, 0x7C:
            // - ~ + / * % = < > & ^ |
            emit(.operator, length: 1)
        case 0x28, 0x5B, ASCII.openBrace:  // ( [ {
            if let depth = fieldDepth { stack[stack.count &- 1] = .field(depth: depth &+ 1) }
            if inCasePattern { casePatternDepth &+= 1 }
            emit(.punctuation, length: 1)
        case 0x29, 0x5D, ASCII.closeBrace:  // ) ] }
            if let depth = fieldDepth, depth > 0 { stack[stack.count &- 1] = .field(depth: depth &- 1) }
            if inCasePattern && casePatternDepth > 0 { casePatternDepth &-= 1 }
            emit(.punctuation, length: 1)
        case 0x2C:  // ,
            emit(importMode == .importNames ? .operator : .punctuation, length: 1)
        case 0x3B:  // ;
            emit(.punctuation, length: 1)
        default:
            // Line-continuation backslash, control characters, NUL, `$`, `?`, backtick.
            emit(.text, length: 1)
        }
    }

    /// `}`, `:`, `=` (self-documenting) and `!r` (conversion) closing a field at depth 0.
    private mutating func scanFieldDelimiter(_ c: UInt8) -> Bool {
        switch c {
        case ASCII.closeBrace, ASCII.colon:
            // At depth 0 even `:=` starts a format spec (Python reads f"{x:=5}" so).
            stack.removeLast()
            emit(.stringInterpolation, length: 1)
            return true
        case ASCII.equals, ASCII.bang:
            // (=\s*)?(![sraf])?  followed by `}` or `:`
            var p = pos
            if c == ASCII.equals {
                p &+= 1
                while p < end && isBlank(bytes[p]) { p &+= 1 }
            }
            if byte(at: p) == ASCII.bang {
                let conversion = byte(at: p &+ 1)
                guard conversion == 0x73 || conversion == 0x72 || conversion == 0x61 || conversion == 0x66 else {
                    return false
                }
                p &+= 2
            }
            let closer = byte(at: p)
            guard p > pos, closer == ASCII.closeBrace || closer == ASCII.colon else { return false }
            stack.removeLast()
            emit(.stringInterpolation, to: p &+ 1)
            return true
        default:
            return false
        }
    }

    /// Non-ASCII blanks (no-break space, en/em spaces, ideographic space) count as whitespace.
    private func unicodeBlankWidth(at p: Int) -> Int? {
        let c0 = bytes[p], c1 = byte(at: p &+ 1), c2 = byte(at: p &+ 2)
        if c0 == 0xC2 && c1 == 0xA0 { return 2 }
        if c0 == 0xE2 && c1 == 0x80 && (c2 &- 0x80 < 0x0B || c2 == 0xAF) { return 3 }
        if c0 == 0xE3 && c1 == 0x80 && c2 == 0x80 { return 3 }
        return nil
    }

    private mutating func scanDecorator() {
        var p = pos &+ 1
        while true {
            while p < end && isIdentifierContinue(bytes[p]) { p &+= 1 }
            guard byte(at: p) == ASCII.dot, isIdentifierStart(byte(at: p &+ 1)) else { break }
            p &+= 1
        }
        emit(.decorator, to: p)
    }

    // MARK: Names

    private mutating func scanName(atLineStart lineStartHere: Bool) {
        let start = pos
        var p = pos &+ 1
        while p < end && isIdentifierContinue(bytes[p]) { p &+= 1 }
        let length = p &- start
        if length <= 2, isQuote(byte(at: p)), isStringPrefix(start, length) {
            pendingName = nil
            openString(prefixLength: length, atLineStart: lineStartHere)
            return
        }
        if let pending = pendingName {
            pendingName = nil
            emit(pending, to: p)
            return
        }
        let wordClass = words.lookup(bytes + start, length: length)
        switch importMode {
        case .importNames:
            emit(wordClass == .keyword && length == 2 && bytes[start] == 0x61 ? .keyword : .identifier, to: p)  // `as`
            return
        case .fromModule:
            if wordClass == .import {
                importMode = .none
                emit(.keyword, to: p)
            } else if wordClass == .constant {
                importMode = .none
                emit(.constant, to: p)
            } else {
                emit(.identifier, to: p)
            }
            return
        case .none:
            break
        }
        guard let wordClass else {
            emit(.identifier, to: p)
            return
        }
        let followedByBlank = isBlank(byte(at: p)) || byte(at: p) == ASCII.backslash
        switch wordClass {
        case .keyword, .yield:
            emit(.keyword, to: p)
        case .constant:
            emit(.constant, to: p)
        case .builtin:
            emit(start > 0 && bytes[start &- 1] == ASCII.dot ? .identifier : .builtin, to: p)
        case .def, .class:
            emit(.keyword, to: p)
            if followedByBlank { pendingName = wordClass == .def ? .function : .class }
        case .import:
            emit(.keyword, to: p)
            if followedByBlank { importMode = .importNames }
        case .from:
            let afterYield = precededByYield(start)
            emit(.keyword, to: p)
            if followedByBlank && !afterYield { importMode = .fromModule }
        case .match, .case:
            if lineStartHere && startsPatternStatement(after: p) {
                if wordClass == .case {
                    inCasePattern = true
                    casePatternDepth = 0
                }
                emit(.softKeyword, to: p)
            } else {
                emit(.identifier, to: p)
            }
        case .type:
            if lineStartHere && startsTypeAlias(after: p) {
                emit(.softKeyword, to: p)
            } else {
                emit(start > 0 && bytes[start &- 1] == ASCII.dot ? .identifier : .builtin, to: p)
            }
        case .underscore:
            emit(inCasePattern ? .softKeyword : .identifier, to: p)
        }
    }

    /// r, u, b, f, t and the two-letter raw combinations, in any case.
    private func isStringPrefix(_ start: Int, _ length: Int) -> Bool {
        let a = bytes[start] | 0x20
        if length == 1 {
            return a == 0x72 || a == 0x75 || a == 0x62 || a == 0x66 || a == 0x74  // r u b f t
        }
        let b = bytes[start &+ 1] | 0x20
        let (x, y) = a == 0x72 ? (b, a) : (a, b)  // put the r second
        return y == 0x72 && (x == 0x62 || x == 0x66 || x == 0x74)
    }

    private func precededByYield(_ start: Int) -> Bool {
        var p = start &- 1
        while p >= 0 && isBlank(bytes[p]) { p &-= 1 }
        guard p >= 4 else { return false }
        let s = p &- 4
        return bytes[s] == 0x79 && bytes[s &+ 1] == 0x69 && bytes[s &+ 2] == 0x65
            && bytes[s &+ 3] == 0x6C && bytes[s &+ 4] == 0x64
            && (s == 0 || !isIdentifierContinue(bytes[s &- 1]))
    }

    // MARK: Numbers

    private mutating func scanNumber() {
        var p = pos
        let c1 = byte(at: p &+ 1) | 0x20
        if bytes[p] == 0x30 && (c1 == 0x78 || c1 == 0x6F || c1 == 0x62) {  // 0x 0o 0b
            func isDigitOfBase(_ c: UInt8) -> Bool {
                c1 == 0x78 ? isHexDigit(c) : c1 == 0x6F ? isOctalDigit(c) : (c == 0x30 || c == 0x31)
            }
            var q = p &+ 2
            let digitsStart = q
            while true {
                if isDigitOfBase(byte(at: q)) { q &+= 1 }
                else if byte(at: q) == ASCII.underscore && isDigitOfBase(byte(at: q &+ 1)) { q &+= 2 }
                else { break }
            }
            if q > digitsStart {
                emit(.number, to: q)
                return
            }
        }
        p = decimalDigits(from: p)
        if byte(at: p) == ASCII.dot {
            p = decimalDigits(from: p &+ 1)
        }
        if byte(at: p) | 0x20 == 0x65 {  // e E
            var q = p &+ 1
            if byte(at: q) == 0x2B || byte(at: q) == 0x2D { q &+= 1 }
            if isDigit(byte(at: q)) { p = decimalDigits(from: q) }
        }
        if byte(at: p) | 0x20 == 0x6A { p &+= 1 }  // j J
        emit(.number, to: p)
    }

    /// `\d(_?\d)*` from `p` (possibly empty).
    private func decimalDigits(from start: Int) -> Int {
        var p = start
        while true {
            if isDigit(byte(at: p)) { p &+= 1 }
            else if p > start && byte(at: p) == ASCII.underscore && isDigit(byte(at: p &+ 1)) { p &+= 2 }
            else { return p }
        }
    }
}
