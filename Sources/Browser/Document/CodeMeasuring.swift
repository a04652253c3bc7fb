import Chapter

extension CodeMeasure {
    /// What a chapter's code blocks need: the 95th-percentile and the widest non-empty
    /// line, plus the code pane's line-number gutter.
    public init(chapter: Chapter) {
        let widths = chapter.codeLineWidths
        guard let widest = widths.widest else {
            self = .usual
            return
        }
        let gutter = String(widths.longestBlock).count + 2
        let typical = widths.width(atRank: min(widths.count - 1, widths.count * 95 / 100))
        self.init(typical: typical + gutter, widest: min(widest, 120) + gutter)
    }
}
