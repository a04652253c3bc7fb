import Screen

/// Where each pane goes for a terminal size.
///
/// 100 columns or more: list, answer and code side by side. 60–99: list and answer
/// side by side, code below. Under 60: the focused pane alone. The last row is the
/// status bar. Each pane's first row is its title.
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case threeColumns, codeBelow, single, tooSmall }

    public var mode: Mode
    public var list: Rect
    public var answer: Rect
    public var code: Rect
    /// The note editor's place: the code pane's, while a note is open.
    public var notes: Rect
    public var status: Rect
    /// Vertical and horizontal separator lines between panes.
    public var separators: [Rect]

    public static let minimumSize = Size(width: 20, height: 5)

    public init(size: Size, preferredListWidth: Int, focus: Pane, isEditing: Bool = false) {
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        status = Rect(x: 0, y: max(size.height - 1, 0), width: size.width, height: min(size.height, 1))
        separators = []
        list = empty; answer = empty; code = empty; notes = empty
        defer {
            if isEditing { (notes, code) = (code, empty) }
        }
        guard size.width >= Layout.minimumSize.width, size.height >= Layout.minimumSize.height else {
            mode = .tooSmall
            return
        }
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        if size.width >= 100 {
            mode = .threeColumns
            let listWidth = min(max(preferredListWidth, 16), body.width / 3)
            let rest = body.width - listWidth - 2
            let answerWidth = rest * 3 / 5
            list = Rect(x: 0, y: 0, width: listWidth, height: body.height)
            answer = Rect(x: listWidth + 1, y: 0, width: answerWidth, height: body.height)
            code = Rect(x: listWidth + answerWidth + 2, y: 0, width: rest - answerWidth, height: body.height)
            separators = [
                Rect(x: listWidth, y: 0, width: 1, height: body.height),
                Rect(x: listWidth + answerWidth + 1, y: 0, width: 1, height: body.height),
            ]
        } else if size.width >= 60 {
            mode = .codeBelow
            let codeHeight = max(body.height * 2 / 5, 3)
            let topHeight = body.height - codeHeight
            let listWidth = min(max(preferredListWidth, 16), body.width * 2 / 5)
            list = Rect(x: 0, y: 0, width: listWidth, height: topHeight)
            answer = Rect(x: listWidth + 1, y: 0, width: body.width - listWidth - 1, height: topHeight)
            code = Rect(x: 0, y: topHeight, width: body.width, height: codeHeight)
            separators = [Rect(x: listWidth, y: 0, width: 1, height: topHeight)]
        } else {
            mode = .single
            switch focus {
            case .list: list = body
            case .answer: answer = body
            case .code, .notes: code = body
            }
        }
    }

    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .list: return list
        case .answer: return answer
        case .code: return code
        case .notes: return notes
        }
    }

    /// The panes that can have focus, in focus order: in one-pane mode all of them (one
    /// shows at a time), otherwise those on screen.
    public func focusablePanes(isEditing: Bool) -> [Pane] {
        let panes: [Pane] = isEditing ? [.list, .answer, .notes] : [.list, .answer, .code]
        return mode == .single ? panes : panes.filter { !rect(of: $0).isEmpty }
    }

    /// A pane's area below its title row.
    public func content(of pane: Pane) -> Rect {
        let rect = rect(of: pane)
        return Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(rect.height - 1, 0))
    }

    /// The answer's text area: the pane less its title and a column of margin each side.
    public var answerContent: Rect {
        let content = content(of: .answer)
        if content.isEmpty && mode == .single {
            // Lay the answer out for the width it will have when it gets focus.
            return Rect(x: 1, y: 1, width: max(status.width - 2, 0), height: max(status.y - 1, 0))
        }
        return Rect(x: content.x + 1, y: content.y, width: max(content.width - 2, 0), height: content.height)
    }

    /// The pane under a point, if any.
    public func pane(at point: Point) -> Pane? {
        Pane.allCases.first { rect(of: $0).contains(point) }
    }
}
