// Byte predicates of the scanner's hot path: plain comparisons, no tables or regexes.

/// Named bytes; computed so they fold into constants (a `static let` goes through a lazy accessor).
enum ASCII {
    static var newline: UInt8 { 0x0A }
    static var backslash: UInt8 { 0x5C }
    static var singleQuote: UInt8 { 0x27 }
    static var doubleQuote: UInt8 { 0x22 }
    static var openBrace: UInt8 { 0x7B }
    static var closeBrace: UInt8 { 0x7D }
    static var percent: UInt8 { 0x25 }
    static var hash: UInt8 { 0x23 }
    static var dot: UInt8 { 0x2E }
    static var colon: UInt8 { 0x3A }
    static var equals: UInt8 { 0x3D }
    static var bang: UInt8 { 0x21 }
    static var at: UInt8 { 0x40 }
    static var underscore: UInt8 { 0x5F }
}

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

@inline(__always) func isHexDigit(_ c: UInt8) -> Bool {
    c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 6
}

@inline(__always) func isOctalDigit(_ c: UInt8) -> Bool { c &- 0x30 < 8 }

@inline(__always) func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }

/// Identifiers start with a letter, `_` or any non-ASCII byte (Unicode letters; the
/// scanner never splits a multi-byte sequence because every such byte is ≥ 0x80).
@inline(__always) func isIdentifierStart(_ c: UInt8) -> Bool {
    isASCIILetter(c) || c == ASCII.underscore || c >= 0x80
}

@inline(__always) func isIdentifierContinue(_ c: UInt8) -> Bool {
    isASCIILetter(c) || isDigit(c) || c == ASCII.underscore || c >= 0x80
}

/// Horizontal whitespace: space, tab, CR, form feed, vertical tab (never the newline).
@inline(__always) func isBlank(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B
}

@inline(__always) func isQuote(_ c: UInt8) -> Bool {
    c == ASCII.singleQuote || c == ASCII.doubleQuote
}
