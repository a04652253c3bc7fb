import ArgumentParser
import Browser
import Foundation
import Notes
import Study

/// `sobes stats`: what falls due in the coming days, and how well learned answers were
/// recalled week by week, as terminal charts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Chart the reviews due in the coming days and the recall of learned answers by week.",
        discussion: """
            Days and weeks are local (TZ). The forecast counts every reviewed card by the day \
            it falls due; today also counts the overdue. Retention is the share of reviews of \
            cards in review that were not graded again (Anki's true retention), per week \
            from Monday. tsv rows: "due", date, count (reviews due), empty; and "retention", \
            the week's Monday, count (reviews), recalled.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv }

    @OptionGroup var time: StudyTimeOption
    @Option(help: "How many days the forecast covers (1-365).") var days = 30
    @Option(help: "How many weeks of retention to show (1-104).") var weeks = 12
    @Option(help: "text or tsv.") var format: Format = .text
    @OptionGroup var header: TSVHeaderOption
    @OptionGroup var colors: ColorOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var data: NotesDataOptions

    func validate() throws {
        guard (1...365).contains(days) else { throw ValidationError("--days \(days): expected 1 to 365") }
        guard (1...104).contains(weeks) else { throw ValidationError("--weeks \(weeks): expected 1 to 104") }
    }

    func run() throws {
        try reportingStudyErrors {
            let snapshot = try StudySnapshot.read(library: library, time: time, data: data)
            let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(snapshot.at.millisecondsSince1970) / 1000))
            let forecast = StudyStatistics.dueForecast(snapshot.cards.map(\.card), from: snapshot.at, days: days,
                                                       utcOffsetSeconds: offset)
            let grades = snapshot.records.compactMap { record -> StudyStatistics.LoggedGrade? in
                guard let rating = Rating(name: record.rating), let state = CardState(rawValue: record.stateBefore) else { return nil }
                return .init(time: Instant(millisecondsSince1970: record.reviewedAt), stateBefore: state, rating: rating)
            }
            let retention = StudyStatistics.retention(grades, weeks: weeks, endingAt: snapshot.at, utcOffsetSeconds: offset)
            let today = StudyStatistics.day(of: snapshot.at, utcOffsetSeconds: offset)
            let target = snapshot.context.scheduler.configuration.desiredRetention
            let painter = Painter(theme: format == .text ? colors.resolvedTheme() : nil)
            let report = format == .tsv
                ? StatsReport.tsv(forecast: forecast, today: today, retention: retention, header: header.header)
                : StatsReport.text(forecast: forecast, today: today, retention: retention, target: target, painter: painter)
            try Output.write(report, as: format == .text ? painter.form : .machine)
        }
    }
}

enum StatsReport {
    /// The two charts, their titles in the heading colour and their bars in the bullet colour.
    static func text(forecast: [Int], today: Int, retention: [StudyStatistics.RetentionWeek], target: Double,
                     painter: Painter = Painter()) -> String {
        var lines = ["Due in the next \(forecast.count) days (from \(date(today))): \(forecast.reduce(0, +)) reviews"]
        // A label each week, under its day's column.
        let labels = stride(from: 0, to: forecast.count, by: 7).map { (index: $0, text: String(date(today + $0).dropFirst(5))) }
        lines += StudyCharts.columns(forecast, height: 6, columnWidth: 1, labels: labels)
        lines.append("")
        let measured = retention.reduce(0) { $0 + $1.reviews }
        lines.append("Recall of learned answers by week (target \(Int((target * 100).rounded()))%): \(measured) reviews")
        lines += StudyCharts.shareBars(retention.map { (label: date($0.firstDay), share: $0.retention, count: $0.reviews) }, width: 30)
        let titles: Set<Int> = [0, lines.count - retention.count - 1]
        return lines.enumerated().map { index, line in
            (titles.contains(index) ? painter.paint(line, .heading) : painter.paint(runsOf: chartBlocks, in: line, .bullet)) + "\n"
        }.joined()
    }

    static let tsvColumns = ["kind", "date", "count", "recalled"]

    /// Every row has the four columns, so the header names each (a due row leaves `recalled` empty).
    static func tsv(forecast: [Int], today: Int, retention: [StudyStatistics.RetentionWeek], header: Bool = false) -> String {
        let due = forecast.enumerated().map { TSV.row(["due", date(today + $0.offset), String($0.element), ""]) }
        let weeks = retention.map { TSV.row(["retention", date($0.firstDay), String($0.reviews), String($0.recalled)]) }
        return ((header ? [TSV.header(tsvColumns)] : []) + due + weeks).joined()
    }

    /// What the charts draw their bars with.
    static let chartBlocks = Set("▁▂▃▄▅▆▇█▏▎▍▌▋▊▉")

    /// A local day (since 1970-01-01) as ISO 8601: `2026-12-01`.
    static func date(_ day: Int) -> String {
        let (year, month, dayOfMonth) = UTCTimestamp.civil(daysSince1970: Int64(day))
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(dayOfMonth))"
    }
}
