import Screen

/// The questions of the current chapter: number and title, the selection highlighted.
enum ListView {
    static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        let theme = state.theme
        let chapter = state.chapter
        let title = chapter.map { chapter in (chapter.number.map { String(format2: $0) + ". " } ?? "") + chapter.title } ?? "Нет глав"
        PaneTitle.render(title, focused: state.focus == .list, area: area, theme: theme, into: &buffer)
        let content = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(area.height - 1, 0))
        let questions = state.questions
        let numberWidth = String(questions.count).count
        for row in 0..<content.height {
            let index = state.listTop + row
            guard questions.indices.contains(index) else { break }
            let question = questions[index]
            let y = content.y + row
            let line = Rect(x: content.x, y: y, width: content.width, height: 1)
            let number = String(question.number).leftPadded(toWidth: numberWidth)
            var position = buffer.put(" " + number + " ", at: line.origin, style: theme.style(.listNumber), clip: line)
            let room = max(line.maxX - position.x - 1, 0)
            position = buffer.put(truncate(question.title, toWidth: room), at: position, style: theme.style(.text), clip: line)
            if index == state.selectedRow {
                buffer.patchStyle(theme.style(state.focus == .list ? .listSelected : .listSelectedUnfocused), in: line)
            }
        }
    }
}

extension String {
    init(format2 number: Int) {
        self = number < 10 && number >= 0 ? "0\(number)" : String(number)
    }

    func leftPadded(toWidth width: Int) -> String {
        let missing = width - count
        return missing > 0 ? String(repeating: " ", count: missing) + self : self
    }
}
