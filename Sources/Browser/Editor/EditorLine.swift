/// One logical line of the editor and, once wrapped, its layout at the width last used.
/// A changed line is a new `EditorLine` without a layout, so an edit never leaves a stale one.
struct EditorLine: Sendable {
    var text: String
    var layout: LineLayout?

    init(_ text: String) {
        self.text = text
    }
}

extension EditorLine: Equatable {
    /// Lines are equal when their text is: the layout is a cache.
    static func == (lhs: EditorLine, rhs: EditorLine) -> Bool {
        lhs.text == rhs.text
    }
}
