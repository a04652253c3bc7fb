import Chapter
import Screen

/// Colours a code block's lines with the theme's syntax roles.
public enum CodeStyling {
    public static func lines(of block: CodeBlock, theme: Theme) -> [StyledLine] {
        CodeText.lines(block.code).map { [Span($0, style: theme.style(.codeBlock))] }
    }
}

extension CodeStyling {
    /// A highlighter for `AnswerRenderer`'s inline code.
    public static func highlighter(theme: Theme) -> @Sendable (CodeBlock) -> [StyledLine] {
        { block in lines(of: block, theme: theme) }
    }
}
