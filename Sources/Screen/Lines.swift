// Box-drawing helpers: pane borders, separators, table rules.

extension Buffer {
    /// Light box-drawing characters, as in "┌─┐│└┘".
    public struct BoxCharacters: Sendable {
        public var horizontal: String, vertical: String
        public var topLeft: String, topRight: String, bottomLeft: String, bottomRight: String

        public static let light = BoxCharacters(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                                bottomLeft: "└", bottomRight: "┘")
        public static let rounded = BoxCharacters(horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮",
                                                  bottomLeft: "╰", bottomRight: "╯")
        public static let heavy = BoxCharacters(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓",
                                                bottomLeft: "┗", bottomRight: "┛")
        /// For terminals that cannot show box drawing.
        public static let ascii = BoxCharacters(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                                bottomLeft: "+", bottomRight: "+")

        public init(horizontal: String, vertical: String, topLeft: String, topRight: String,
                    bottomLeft: String, bottomRight: String) {
            self.horizontal = horizontal
            self.vertical = vertical
            self.topLeft = topLeft
            self.topRight = topRight
            self.bottomLeft = bottomLeft
            self.bottomRight = bottomRight
        }
    }

    /// Draws `count` copies of a one-column `character` rightwards from `start`.
    public mutating func drawHorizontalLine(from start: Point, length: Int, character: String = "─",
                                            style: Style = .plain, clip: Rect? = nil) {
        guard length > 0 else { return }
        put(String(repeating: character, count: length), at: start, style: style, clip: clip)
    }

    /// Draws `length` copies of a one-column `character` downwards from `start`.
    public mutating func drawVerticalLine(from start: Point, length: Int, character: String = "│",
                                          style: Style = .plain, clip: Rect? = nil) {
        guard length > 0 else { return }
        for row in 0..<length {
            put(character, at: Point(x: start.x, y: start.y + row), style: style, clip: clip)
        }
    }

    /// Draws a border just inside `rect`, with an optional title on its top edge
    /// ("┌ Title ───┐"), cut to fit. The content area is `rect.inset(by: 1)`.
    public mutating func drawBox(_ rect: Rect, style: Style = .plain, characters: BoxCharacters = .light,
                                 title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else {
            fill(rect, style: style)
            return
        }
        let inner = rect.width - 2
        drawHorizontalLine(from: Point(x: rect.minX + 1, y: rect.minY), length: inner,
                           character: characters.horizontal, style: style)
        drawHorizontalLine(from: Point(x: rect.minX + 1, y: rect.maxY - 1), length: inner,
                           character: characters.horizontal, style: style)
        drawVerticalLine(from: Point(x: rect.minX, y: rect.minY + 1), length: rect.height - 2,
                         character: characters.vertical, style: style)
        drawVerticalLine(from: Point(x: rect.maxX - 1, y: rect.minY + 1), length: rect.height - 2,
                         character: characters.vertical, style: style)
        put(characters.topLeft, at: rect.origin, style: style)
        put(characters.topRight, at: Point(x: rect.maxX - 1, y: rect.minY), style: style)
        put(characters.bottomLeft, at: Point(x: rect.minX, y: rect.maxY - 1), style: style)
        put(characters.bottomRight, at: Point(x: rect.maxX - 1, y: rect.maxY - 1), style: style)
        if let title, inner >= 3 {
            let text = " " + truncate(visibleSingleLine(title), toWidth: inner - 2) + " "
            put(text, at: Point(x: rect.minX + 1, y: rect.minY), style: titleStyle ?? style,
                clip: Rect(x: rect.minX + 1, y: rect.minY, width: inner, height: 1))
        }
    }
}
