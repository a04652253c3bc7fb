import Chapter
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

/// The chapters, in the order the READMEs list them, under their track's and group's
/// headings; below them, notes whose question is gone. Only chapters are selectable:
/// `selected` counts them alone, headings in between are skipped.
enum TopicsView {
    enum Row: Equatable {
        case heading(String)
        case topic(index: Int, title: String)
        case orphan(String)
    }

    static func render(_ state: AppState, selected: Int, into buffer: inout Buffer) {
        let rows = rows(state)
        let inner = OverlayBox.render(title: "Темы · Enter открыть", contentSize: contentSize(rows),
                                      state: state, into: &buffer)
        let selectedRow = rows.firstIndex { if case .topic(selected, _) = $0 { true } else { false } } ?? 0
        let first = firstVisible(selected: selectedRow, count: rows.count, height: inner.height)
        for row in 0..<inner.height {
            let index = first + row
            guard rows.indices.contains(index) else { break }
            let line = Rect(x: inner.x - 1, y: inner.y + row, width: inner.width + 2, height: 1)
            switch rows[index] {
            case .heading(let text):
                buffer.put(" " + text, at: line.origin, style: state.theme.style(.sectionHeading), clip: line)
            case .topic(let topic, let title):
                buffer.put(" " + title, at: line.origin, style: state.theme.style(.text), clip: line)
                if topic == selected { buffer.patchStyle(state.theme.style(.listSelected), in: line) }
            case .orphan(let text):
                buffer.put(" " + text, at: line.origin, style: state.theme.style(.dim), clip: line)
            }
        }
    }

    /// Headings appear only when they tell something: a library of one ungrouped folder is a plain list.
    static func rows(_ state: AppState) -> [Row] {
        let library = state.library
        let grouped = library.groups.contains { $0.track != nil || $0.title != nil }
        var rows: [Row] = []
        var index = 0
        var track: String?
        for group in library.groups {
            if grouped, group.track != track {
                track = group.track
                rows.append(.heading(group.track ?? "Темы"))
            }
            if grouped, let title = group.title { rows.append(.heading((group.track == nil ? "" : "  ") + title)) }
            let indent = grouped ? String(repeating: " ", count: (group.track == nil ? 0 : 2) + (group.title == nil ? 0 : 2) + 2) : ""
            for id in group.chapterIDs {
                let progress = library.chapter(id: id).flatMap { ProgressMark.summary(of: $0.questions, in: state) }
                rows.append(.topic(index: index, title: indent + title(of: id, in: library) + (progress.map { "  " + $0 } ?? "")))
                index += 1
            }
        }
        if !state.notes.orphans.isEmpty {
            rows.append(.heading("Заметки без вопроса (sobes notes list)"))
            for orphan in state.notes.orphans {
                let title = orphan.questionTitle.isEmpty ? orphan.key : orphan.questionTitle
                rows.append(.orphan("  \(orphan.chapterID) · \(title)"))
            }
        }
        // Appendices are listed with their chapter's topic.
        return rows.flatMap { row -> [Row] in
            guard case .topic(let index, _) = row, let chapter = library.chapter(id: library.topics[index]),
                  !chapter.appendix.isEmpty else { return [row] }
            return [row, .orphan("      + " + chapter.appendix.map(\.title).joined(separator: ", "))]
        }
    }

    static func title(of id: String, in library: Library) -> String {
        guard let chapter = library.chapter(id: id) else { return id }
        return (chapter.number.map { String(format2: $0) + ". " } ?? "") + chapter.title
    }

    static func contentSize(_ rows: [Row]) -> Size {
        let widths = rows.map { row -> Int in
            switch row {
            case .heading(let text), .topic(_, let text), .orphan(let text): return displayWidth(of: text)
            }
        }
        return Size(width: max(widths.max() ?? 0, 24), height: rows.count)
    }

    /// The first row shown: the selection stays in view.
    static func firstVisible(selected: Int, count: Int, height: Int) -> Int {
        max(min(selected - height + 1, count - height), 0)
    }

    /// The topic under a point, for mouse clicks; nil on a heading.
    static func row(at point: Point, state: AppState) -> Int? {
        guard case .topics(let selected)? = state.overlay else { return nil }
        let rows = rows(state)
        let inner = OverlayBox.inner(of: OverlayBox.frame(contentSize: contentSize(rows), screenSize: state.size))
        guard inner.inset(top: 0, left: -1, bottom: 0, right: -1).contains(point) else { return nil }
        let selectedRow = rows.firstIndex { if case .topic(selected, _) = $0 { true } else { false } } ?? 0
        let index = firstVisible(selected: selectedRow, count: rows.count, height: inner.height) + point.y - inner.y
        guard rows.indices.contains(index), case .topic(let topic, _) = rows[index] else { return nil }
        return topic
    }
}
