/// What a piece of the screen is, named as theme files name it (in the spirit of Helix).
/// Views ask the theme for a role's style and never pick colours themselves.
public enum Role: String, CaseIterable, Sendable {
    case text = "ui.text"
    case border = "ui.border"
    case borderFocused = "ui.border.focused"
    case paneTitle = "ui.title"
    case paneTitleFocused = "ui.title.focused"
    case listNumber = "ui.list.number"
    case listSelected = "ui.list.selected"
    case listSelectedUnfocused = "ui.list.selected.unfocused"
    case noteMark = "ui.list.note"
    case statusBar = "ui.statusbar"
    case statusKey = "ui.statusbar.key"
    case message = "ui.message"
    case error = "ui.error"
    case lineNumber = "ui.linenr"
    case searchMatch = "ui.search.match"
    /// The match `n`/`N` went to: drawn apart from the others, as less and vim do.
    case searchMatchCurrent = "ui.search.match.current"
    case searchInput = "ui.search.input"
    case helpKey = "ui.help.key"
    case dim = "ui.dim"

    case heading = "markup.heading"
    case sectionHeading = "markup.heading.section"
    case strong = "markup.strong"
    case emphasis = "markup.emphasis"
    case inlineCode = "markup.code"
    case link = "markup.link"
    case bullet = "markup.list.bullet"
    case quote = "markup.quote"
    case tableBorder = "markup.table.border"
    case tableHeader = "markup.table.header"
    case codeBlock = "markup.code.block"
    case placeholder = "markup.placeholder"
    /// The placeholder of the code example the code pane shows.
    case placeholderCurrent = "markup.placeholder.current"

    case keyword = "syntax.keyword"
    case softKeyword = "syntax.soft_keyword"
    case constant = "syntax.constant"
    case builtin = "syntax.builtin"
    case decorator = "syntax.decorator"
    case function = "syntax.function"
    case className = "syntax.class"
    case string = "syntax.string"
    case stringEscape = "syntax.string_escape"
    case stringInterpolation = "syntax.string_interpolation"
    case number = "syntax.number"
    case comment = "syntax.comment"
    case `operator` = "syntax.operator"
    case punctuation = "syntax.punctuation"
    case identifier = "syntax.identifier"
}

extension Role {
    /// The role's place in `allCases`, read from its one-byte tag (a case with no payload is
    /// stored as its number in declaration order): an index with no hashing.
    var ordinal: Int {
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}
