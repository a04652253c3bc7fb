import Chapter
import Notes
import Screen
import Study

/// `S`: what falls due in the next 30 days, as a column chart, and each chapter's progress,
/// the charts `sobes stats` and `sobes progress` print (the recall by week needs the review
/// log itself, which `sobes stats` reads).
enum StatsView {
    static let days = 30

    static func lines(_ state: AppState) -> [String] {
        guard state.study.isLoaded else { return ["История повторений ещё читается…"] }
        let today = StudyStatistics.day(of: state.wallNow, utcOffsetSeconds: state.utcOffsetSeconds)
        let forecast = StudyStatistics.dueForecast(state.study.cards.values, from: state.wallNow, days: days,
                                                   utcOffsetSeconds: state.utcOffsetSeconds)
        var lines = ["К повтору за \(days) дней: \(forecast.reduce(0, +)) (сегодня \(forecast.first ?? 0))", ""]
        let labels = stride(from: 0, to: days, by: 7).map { offset -> (index: Int, text: String) in
            let (_, month, day) = UTCTimestamp.civil(daysSince1970: Int64(today + offset))
            return (offset, "\(day < 10 ? "0" : "")\(day).\(month < 10 ? "0" : "")\(month)")
        }
        lines += StudyCharts.columns(forecast, height: 6, columnWidth: 1, labels: labels)
        lines += ["", "Прогресс по главам (знаю / учу / к повтору / новые)"]
        let chapters = state.library.chapters.map { chapter in
            (chapter.id, state.study.progress(of: chapter.questions, at: state.wallNow))
        }
        let width = chapters.map { displayWidth(of: $0.0) }.max() ?? 0
        for (id, progress) in chapters {
            lines.append(id.padding(toWidth: width) + "  \(progress.known)/\(progress.total) · \(progress.learning) · \(progress.due) · \(progress.new)")
        }
        return lines
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let lines = lines(state)
        let width = lines.map { displayWidth(of: $0) }.max() ?? 0
        let inner = OverlayBox.render(title: "Статистика · Esc закрыть", contentSize: Size(width: width, height: lines.count),
                                      state: state, into: &buffer)
        for (row, line) in lines.enumerated() where row < inner.height {
            let area = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            buffer.put(line, at: area.origin, style: state.theme.style(.text), clip: area)
        }
    }
}
