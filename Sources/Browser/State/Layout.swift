import Screen

/// How wide a chapter's code is: what the code pane needs so its lines show whole.
public struct CodeMeasure: Equatable, Sendable {
    /// The width that shows 95% of the chapter's non-empty code lines whole, gutter included.
    public var typical: Int
    /// The width of its longest line, gutter included.
    public var widest: Int

    public init(typical: Int, widest: Int) {
        self.typical = typical
        self.widest = max(widest, typical)
    }

    /// Chapter 04's figures: what a chapter of Python examples usually needs.
    public static let usual = CodeMeasure(typical: 62, widest: 86)
}

/// Where each pane goes, chosen from the terminal's size and the chapter's code.
///
/// The rules, from measuring chapter 04 (1004 non-empty Python lines: half are under 30
/// columns, 95% under 58, the longest 82) at 80–200 columns:
/// - The answer reads well between 60 and 100 columns: below 60 prose breaks every few
///   words, above 100 the eye loses the next line. Its measure is capped at 100.
/// - Side by side (list, answer, code) only when the code pane can show the chapter's
///   typical line whole (`CodeMeasure.typical`) beside an answer of at least 60 columns;
///   the code then grows towards its widest line, and slack past the answer's cap goes to
///   the list (whole titles) and then to the code. With chapter 04 that is 160 columns
///   and more.
/// - Otherwise, from 60 columns, list and answer side by side with the code below at the
///   full width, where nearly every line fits. Under 60, the focused pane alone.
/// - `z` zooms one pane to the whole screen. The last row is the status bar; each pane's
///   first row is its title.
/// - The open question's note shows while reading: in the code pane's place when the
///   question has no code, else in a strip under the answer (its lines, up to a third of
///   the answer's height) when the answer is at least 10 rows high. Shorter answers keep
///   the note at their end.
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case threeColumns, codeBelow, single, tooSmall }

    public var mode: Mode
    public var list: Rect
    public var answer: Rect
    public var code: Rect
    /// The note editor's place: the code pane's, while a note is open.
    public var notes: Rect
    /// Where the open question's note shows while reading, if anywhere.
    public var notePreview: Rect
    public var status: Rect
    /// Vertical and horizontal separator lines between panes.
    public var separators: [Rect]

    public static let minimumSize = Size(width: 20, height: 5)
    /// The answer's narrowest and widest comfortable measure, in columns.
    public static let answerMeasure = 60...100
    /// An answer this wide reads well; what it would get beyond widens the list, by up to
    /// `listGrowth` columns, so titles take fewer rows.
    static let comfortableAnswer = 70
    static let listGrowth = 14
    /// The list's width until the reader changes it.
    public static let defaultListWidth = 30
    /// How far `<` and `>` go.
    public static let narrowestList = 16
    public static let widestList = 80

    public init(size: Size, preferredListWidth: Int, focus: Pane, isEditing: Bool = false,
                code measure: CodeMeasure = .usual, zoomed: Pane? = nil, note: NoteShape? = nil) {
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        status = Rect(x: 0, y: max(size.height - 1, 0), width: size.width, height: min(size.height, 1))
        separators = []
        list = empty; answer = empty; code = empty; notes = empty; notePreview = empty
        defer {
            if isEditing {
                (notes, code) = (code, empty)
            } else if let note, zoomed == nil {
                placeNote(note)
            }
        }
        guard size.width >= Layout.minimumSize.width, size.height >= Layout.minimumSize.height else {
            mode = .tooSmall
            return
        }
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        let listWidth = min(max(preferredListWidth, 16), body.width / 3)
        let beside = body.width - listWidth - 2
        if let zoomed {
            mode = .single
            switch zoomed {
            case .list: list = body
            case .answer: answer = body
            case .code, .notes: code = body
            }
        } else if size.width >= 100, beside - measure.typical >= Layout.answerMeasure.lowerBound {
            mode = .threeColumns
            var codeWidth = min(measure.widest, beside - Layout.answerMeasure.lowerBound)
            var answerWidth = beside - codeWidth
            var listWidth = listWidth
            // With the code whole and the answer roomy, titles get the columns to spare first.
            // A list the reader narrowed with `<` keeps the width they chose.
            let roomyList = listWidth + Layout.listGrowth
            if codeWidth == measure.widest, answerWidth > Layout.comfortableAnswer, preferredListWidth >= Layout.defaultListWidth {
                let growth = min(answerWidth - Layout.comfortableAnswer, roomyList - listWidth)
                listWidth += growth
                answerWidth -= growth
            }
            if answerWidth > Layout.answerMeasure.upperBound {
                var slack = answerWidth - Layout.answerMeasure.upperBound
                answerWidth = Layout.answerMeasure.upperBound
                let listGrowth = min(slack, max(60 - listWidth, 0))
                listWidth += listGrowth
                slack -= listGrowth
                codeWidth += slack
            }
            list = Rect(x: 0, y: 0, width: listWidth, height: body.height)
            answer = Rect(x: listWidth + 1, y: 0, width: answerWidth, height: body.height)
            code = Rect(x: listWidth + answerWidth + 2, y: 0, width: codeWidth, height: body.height)
            separators = [
                Rect(x: listWidth, y: 0, width: 1, height: body.height),
                Rect(x: listWidth + answerWidth + 1, y: 0, width: 1, height: body.height),
            ]
        } else if size.width >= 60 {
            mode = .codeBelow
            let codeHeight = max(body.height * 2 / 5, 3)
            let topHeight = body.height - codeHeight
            // The answer's measure is capped; what is left over widens the list.
            let listWidth = max(min(max(preferredListWidth, 16), body.width * 2 / 5),
                                body.width - 1 - Layout.answerMeasure.upperBound)
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

    /// The note beside the answer, as the doc comment says.
    private mutating func placeNote(_ note: NoteShape) {
        if !note.questionHasCode, !code.isEmpty {
            (notePreview, code) = (code, Rect(x: 0, y: 0, width: 0, height: 0))
        } else if answer.height >= Layout.answerHeightForNote {
            let rows = min(note.rows(atWidth: answer.width - 2) + 1, max(answer.height / 3, 3))
            notePreview = Rect(x: answer.x, y: answer.maxY - rows, width: answer.width, height: rows)
            answer = Rect(x: answer.x, y: answer.y, width: answer.width, height: answer.height - rows)
        }
    }

    static let answerHeightForNote = 10

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

/// What the open question's note needs from the layout to show beside the answer.
public struct NoteShape: Equatable, Sendable {
    /// The display width of each of the note's lines.
    public var lineWidths: [Int]
    /// Without code, the note takes the code pane's place.
    public var questionHasCode: Bool

    public init(text: String, questionHasCode: Bool) {
        lineWidths = text.split(separator: "\n", omittingEmptySubsequences: false).map { displayWidth(of: String($0)) }
        self.questionHasCode = questionHasCode
    }

    /// The rows its lines take wrapped at `width` (about: words wrap a little earlier).
    func rows(atWidth width: Int) -> Int {
        let width = max(width, 1)
        return lineWidths.reduce(0) { $0 + max(($1 + width - 1) / width, 1) }
    }
}
