import Testing
@testable import Browser

@Suite struct StudyChartsTests {
    @Test func columnsFillInEighthsUpToTheLargestValue() {
        let lines = StudyCharts.columns([4, 0, 2, 1], height: 2, labels: [(0, "a"), (2, "b")])
        #expect(lines == [
            "4 │█",
            "  │█   █ ▄",
            "  └────────",
            "   a   b",
        ])
    }

    @Test func aSmallValueStillShowsAndLabelsNeverOverlap() {
        let lines = StudyCharts.columns([1000, 1], height: 1, labels: [(0, "12-01"), (1, "12-02")])
        #expect(lines[0] == "1000 │█ ▁")
        #expect(lines.last == "      12-01")
    }

    @Test func nothingDueDrawsAnEmptyChart() {
        let lines = StudyCharts.columns([0, 0, 0], height: 3)
        #expect(lines.prefix(3).allSatisfy { !$0.contains("█") })
        #expect(lines[3] == "  └──────")
    }

    @Test func shareBarsRoundToTheirWidth() {
        let lines = StudyCharts.shareBars([("w1", 0.5, 4), ("week 2", nil, 0), ("w3", 1, 12)], width: 10)
        #expect(lines == [
            "w1      █████░░░░░   50%  (4)",
            "week 2  —                 (0)",
            "w3      ██████████  100%  (12)",
        ])
    }
}
