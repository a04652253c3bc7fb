// Positions and areas on the cell grid. Columns grow to the right, rows downwards; (0, 0) is the
// top-left cell. Sizes are never negative: constructors clamp them to zero.

/// A cell position: column `x`, row `y`.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    public var description: String { "(\(x), \(y))" }
}

/// A size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    public var area: Int { width * height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells: the origin is its top-left cell; `maxX` and `maxY` are exclusive.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var origin: Point
    public var size: Size

    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }

    public init(size: Size) {
        self.init(origin: .zero, size: size)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var x: Int { origin.x }
    public var y: Int { origin.y }
    public var width: Int { size.width }
    public var height: Int { size.height }
    public var minX: Int { origin.x }
    public var minY: Int { origin.y }
    public var maxX: Int { origin.x + size.width }
    public var maxY: Int { origin.y + size.height }
    public var isEmpty: Bool { size.isEmpty }

    /// The columns and rows the rectangle covers.
    public var columns: Range<Int> { minX..<maxX }
    public var rows: Range<Int> { minY..<maxY }

    public var description: String { "\(origin) \(size)" }

    public func contains(_ point: Point) -> Bool {
        columns.contains(point.x) && rows.contains(point.y)
    }

    /// The cells both rectangles cover; an empty rectangle when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(minX, other.minX), right = min(maxX, other.maxX)
        let top = max(minY, other.minY), bottom = min(maxY, other.maxY)
        guard left < right, top < bottom else { return Rect(x: left, y: top, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by the given margins (never below zero size).
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: minX + left, y: minY + top,
             width: width - left - right, height: height - top - bottom)
    }

    /// The rectangle shrunk by `amount` on every side (a border of one is `inset(by: 1)`).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    public enum Edge: Sendable {
        case top, bottom, left, right
    }

    /// Splits off a slice `distance` cells thick along `edge`; the rest is the remainder.
    /// The distance is clamped to the rectangle, so both parts are always valid.
    ///
    ///     let (statusBar, body) = screen.divided(atDistance: 1, from: .bottom)
    public func divided(atDistance distance: Int, from edge: Edge) -> (slice: Rect, remainder: Rect) {
        switch edge {
        case .top:
            let d = min(max(0, distance), height)
            return (Rect(x: minX, y: minY, width: width, height: d),
                    Rect(x: minX, y: minY + d, width: width, height: height - d))
        case .bottom:
            let d = min(max(0, distance), height)
            return (Rect(x: minX, y: maxY - d, width: width, height: d),
                    Rect(x: minX, y: minY, width: width, height: height - d))
        case .left:
            let d = min(max(0, distance), width)
            return (Rect(x: minX, y: minY, width: d, height: height),
                    Rect(x: minX + d, y: minY, width: width - d, height: height))
        case .right:
            let d = min(max(0, distance), width)
            return (Rect(x: maxX - d, y: minY, width: d, height: height),
                    Rect(x: minX, y: minY, width: width - d, height: height))
        }
    }

    /// One row of the rectangle, `index` counted from its top (empty when out of range).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: minX, y: minY + max(0, index), width: 0, height: 0) }
        return Rect(x: minX, y: minY + index, width: width, height: 1)
    }
}
