// How a cell looks: two colours and a set of attributes.

/// Text attributes. A backend shows those the terminal supports and drops the rest.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)
    public static let strikethrough = Attributes(rawValue: 1 << 5)
}

/// The look of a cell. The default style is the terminal's own colours with no attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    /// A hyperlink the cell belongs to: 0 for none, else a number into the buffer's
    /// `hyperlinks` (1-based) that a backend may draw as a terminal hyperlink (OSC 8).
    /// Declared before `attributes` so the style has no padding byte inside: buffers compare
    /// frames byte by byte (`Buffer.hasSameCells`), and padding holds whatever was there.
    public var link: UInt16
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = [], link: UInt16 = 0) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.link = link
    }

    public static let plain = Style()

    /// True when both styles have the same bytes: a fast test on the frame writer's path, run
    /// for every cell of a changed row (false may still mean equal styles, as in
    /// `Buffer.hasSameCells`).
    @inlinable @inline(__always)
    public func hasSameBytes(as other: Style) -> Bool {
        withUnsafeBytes(of: self) { left in
            withUnsafeBytes(of: other) { right in
                var offset = 0
                while offset + 8 <= left.count {
                    if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
                    offset += 8
                }
                while offset < left.count {
                    if left[offset] != right[offset] { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// True when the styles stored at `a` and `b` have the same bytes: `hasSameBytes` without
    /// copying them out of memory (a frame writer compares styles in place, cell after cell).
    @inlinable @inline(__always)
    public static func haveSameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
        let size = MemoryLayout<Style>.size
        if size > 8 && size <= 16 {  // two words, overlapping in the middle
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: size - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: size - 8, as: UInt64.self)
        }
        return a.load(as: Style.self).hasSameBytes(as: b.load(as: Style.self))
    }

    /// This style with `other` laid over it: its non-default colours win, attributes add up.
    /// Useful for a selection highlight or a search match drawn over styled text; the
    /// link stays unless `other` names one.
    public func patched(with other: Style) -> Style {
        Style(foreground: other.foreground == .default ? foreground : other.foreground,
              background: other.background == .default ? background : other.background,
              attributes: attributes.union(other.attributes),
              link: other.link == 0 ? link : other.link)
    }

    public func with(link: UInt16) -> Style {
        var copy = self
        copy.link = link
        return copy
    }

    public func with(foreground: Color) -> Style {
        var copy = self
        copy.foreground = foreground
        return copy
    }

    public func with(background: Color) -> Style {
        var copy = self
        copy.background = background
        return copy
    }

    public func adding(_ attributes: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
