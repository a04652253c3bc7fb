/// What a span of Python source is, for highlighting.
///
/// The raw values are the names `sobes highlight --format tokens` prints and the
/// theme's `syntax.*` roles use.
public enum TokenKind: String, CaseIterable, Sendable {
    case keyword
    /// `match`, `case`, `type` and `_` where they act as keywords (elsewhere they are names).
    case softKeyword = "soft_keyword"
    /// `True`, `False`, `None`.
    case constant
    /// Built-in functions, types and exceptions, and `self`, `cls`, `Ellipsis`, `NotImplemented`.
    case builtin
    /// `@name` or `@dotted.name` opening a line.
    case decorator
    /// The name after `def`.
    case function
    /// The name after `class`.
    case `class`
    /// String literals with their prefixes and quotes, docstrings included.
    case string
    /// Escape sequences inside strings (`\n`, `\x41`, `{{` in f-strings, ...).
    case stringEscape = "string_escape"
    /// The delimiters of an f-string replacement field (`{`, `}`, `!r`, `=`, `:`) and
    /// formatting placeholders in other strings (`%s`, `{0:>10}`).
    case stringInterpolation = "string_interpolation"
    case number
    case comment
    case `operator`
    case punctuation
    case identifier
    /// Spaces, tabs and newlines between tokens.
    case whitespace
    /// Anything else: line-continuation backslashes, stray control characters, `$`, `?`.
    case text
}
