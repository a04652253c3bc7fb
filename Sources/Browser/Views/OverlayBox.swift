import Screen

/// A framed box centred over the panes, for help and the topics list.
enum OverlayBox {
    /// Where a box for content of a size goes on a screen (above the status bar).
    static func frame(contentSize: Size, screenSize: Size) -> Rect {
        let screen = Rect(x: 0, y: 0, width: screenSize.width, height: max(screenSize.height - 1, 1))
        let width = min(contentSize.width + 4, screen.width)
        let height = min(contentSize.height + 2, screen.height)
        return Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
    }

    /// The area inside a box's frame and margins.
    static func inner(of box: Rect) -> Rect {
        box.inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// Draws the frame and title; returns the inner area.
    static func render(title: String, contentSize: Size, state: AppState, into buffer: inout Buffer) -> Rect {
        let box = frame(contentSize: contentSize, screenSize: state.size)
        let (width, height) = (box.width, box.height)
        let theme = state.theme
        buffer.fill(box, style: theme.style(.text))
        let border = theme.style(.borderFocused)
        let horizontal = String(repeating: "─", count: max(width - 2, 0))
        buffer.put("┌" + horizontal + "┐", at: box.origin, style: border, clip: box)
        for y in (box.y + 1)..<max(box.maxY - 1, box.y + 1) {
            buffer.put("│", at: Point(x: box.x, y: y), style: border, clip: box)
            buffer.put("│", at: Point(x: box.maxX - 1, y: y), style: border, clip: box)
        }
        if height > 1 { buffer.put("└" + horizontal + "┘", at: Point(x: box.x, y: box.maxY - 1), style: border, clip: box) }
        buffer.put(" " + truncate(title, toWidth: max(width - 4, 0)) + " ", at: Point(x: box.x + 1, y: box.y),
                   style: theme.style(.paneTitleFocused), clip: box)
        return inner(of: box)
    }
}

/// The chapters, in the order the library's README lists them.
enum TopicsView {
    static func render(_ state: AppState, selected: Int, into buffer: inout Buffer) {
        let names = titles(state)
        let inner = OverlayBox.render(title: "Темы · Enter открыть", contentSize: contentSize(names),
                                      state: state, into: &buffer)
        let first = firstVisible(selected: selected, count: names.count, height: inner.height)
        for row in 0..<inner.height {
            let index = first + row
            guard names.indices.contains(index) else { break }
            let line = Rect(x: inner.x - 1, y: inner.y + row, width: inner.width + 2, height: 1)
            buffer.put(" " + names[index], at: line.origin, style: state.theme.style(.text), clip: line)
            if index == selected { buffer.patchStyle(state.theme.style(.listSelected), in: line) }
        }
    }

    static func titles(_ state: AppState) -> [String] {
        state.library.topics.map { id in
            guard let chapter = state.library.chapter(id: id) else { return id }
            let title = (chapter.number.map { String(format2: $0) + ". " } ?? "") + chapter.title
            return ProgressMark.summary(of: chapter.questions, in: state).map { title + "  " + $0 } ?? title
        }
    }

    static func contentSize(_ names: [String]) -> Size {
        Size(width: max(names.map { displayWidth(of: $0) }.max() ?? 0, 24), height: names.count)
    }

    /// The first row shown: the selection stays in view.
    static func firstVisible(selected: Int, count: Int, height: Int) -> Int {
        max(min(selected - height + 1, count - height), 0)
    }

    /// The topic row under a point, for mouse clicks.
    static func row(at point: Point, state: AppState) -> Int? {
        guard case .topics(let selected)? = state.overlay else { return nil }
        let names = titles(state)
        let inner = OverlayBox.inner(of: OverlayBox.frame(contentSize: contentSize(names), screenSize: state.size))
        guard inner.inset(top: 0, left: -1, bottom: 0, right: -1).contains(point) else { return nil }
        let index = firstVisible(selected: selected, count: names.count, height: inner.height) + point.y - inner.y
        return names.indices.contains(index) ? index : nil
    }
}
