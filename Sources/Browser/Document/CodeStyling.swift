import Chapter
import PythonSyntax
import Screen

/// Colours a code block's lines with the theme's syntax roles: Python through the
/// lexer, anything else in the plain code-block style.
public enum CodeStyling {
    public static func lines(of block: CodeBlock, theme: Theme) -> [StyledLine] {
        guard block.isPython else {
            return CodeText.lines(block.code).map { [Span($0, style: theme.style(.codeBlock))] }
        }
        return highlighted(block.code, theme: theme)
    }

    /// Python source split into lines of spans, one span per token piece.
    static func highlighted(_ code: String, theme: Theme) -> [StyledLine] {
        let bytes = Array(code.utf8)
        let tokens = bytes.withUnsafeBufferPointer { PythonLexer().tokens(inUTF8: $0) }
        var lines: [StyledLine] = [[]]
        for token in tokens {
            let style = theme.style(role(of: token.kind))
            var start = token.start
            // A token may span lines (docstrings, newlines): cut it at each newline.
            while start < token.end {
                let newline = bytes[start..<token.end].firstIndex(of: UInt8(ascii: "\n")) ?? token.end
                if newline > start {
                    lines[lines.count - 1].append(Span(String(decoding: bytes[start..<newline], as: UTF8.self), style: style))
                }
                if newline < token.end {
                    lines.append([])
                    start = newline + 1
                } else {
                    start = newline
                }
            }
        }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The theme role of a token kind.
    public static func role(of kind: TokenKind) -> Role {
        switch kind {
        case .keyword: return .keyword
        case .softKeyword: return .softKeyword
        case .constant: return .constant
        case .builtin: return .builtin
        case .decorator: return .decorator
        case .function: return .function
        case .class: return .className
        case .string: return .string
        case .stringEscape: return .stringEscape
        case .stringInterpolation: return .stringInterpolation
        case .number: return .number
        case .comment: return .comment
        case .operator: return .operator
        case .punctuation: return .punctuation
        case .identifier: return .identifier
        case .whitespace, .text: return .text
        }
    }

    /// A highlighter for `AnswerRenderer`'s inline code.
    public static func highlighter(theme: Theme) -> @Sendable (CodeBlock) -> [StyledLine] {
        { block in lines(of: block, theme: theme) }
    }
}
