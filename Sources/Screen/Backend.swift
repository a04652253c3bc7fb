// Where frames go: a terminal (the Curses module) or memory (tests).

/// Something that shows frames. The runtime loop renders the state into a `Buffer` of
/// `size`, then calls `draw`, sets the cursor, and calls `flush`.
public protocol Backend {
    /// The size frames should have: the terminal's size.
    var size: Size { get }
    /// The colours the terminal shows; a theme for fewer colours may be picked from it.
    var colorSupport: ColorSupport { get }
    /// Takes a frame to show; only cells that differ from the previous frame need to be sent.
    mutating func draw(_ buffer: Buffer)
    /// Where the cursor shows after the next flush; nil hides it.
    mutating func setCursor(_ position: Point?)
    /// Shows everything drawn since the last flush.
    mutating func flush()
}

/// A backend that keeps frames in memory, for tests of views and of the runtime loop.
///
///     var backend = MemoryBackend(size: Size(width: 40, height: 10))
///     backend.draw(frame)
///     #expect(backend.lines()[0] == "Вопрос 1")
public struct MemoryBackend: Backend {
    public var size: Size
    public var colorSupport: ColorSupport
    /// The frame most recently drawn.
    public private(set) var lastFrame: Buffer?
    /// The frame shown at the last flush (what a terminal would display).
    public private(set) var shownFrame: Buffer?
    /// How many cells the last `draw` changed compared with the frame before it.
    public private(set) var lastChangeCount = 0
    public private(set) var cursor: Point?
    public private(set) var flushCount = 0

    public init(size: Size, colorSupport: ColorSupport = .indexed256) {
        self.size = size
        self.colorSupport = colorSupport
    }

    public mutating func draw(_ buffer: Buffer) {
        var count = 0
        buffer.forEachChange(since: lastFrame) { _, _ in count += 1 }
        lastChangeCount = count
        lastFrame = buffer
    }

    public mutating func setCursor(_ position: Point?) {
        cursor = position
    }

    public mutating func flush() {
        shownFrame = lastFrame
        flushCount += 1
    }

    /// The last frame's rows as text, trailing spaces trimmed (empty before any draw).
    public func lines() -> [String] {
        lastFrame?.lines() ?? []
    }

    /// The style of a cell of the last frame.
    public func style(at point: Point) -> Style? {
        lastFrame?.style(at: point)
    }
}
