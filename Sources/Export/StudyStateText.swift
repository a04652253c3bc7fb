import Foundation
import Study

/// The reader's study state of a question, in one Russian sentence for a sheet or a card.
enum StudyStateText {
    static func describe(_ card: Card?, recall: Double?) -> String {
        guard let card, card.state != .new else { return "Новый: ещё не повторялся." }
        var parts = ["\(stateName(card.state)): повторений \(card.reviewCount), забыт \(card.lapses) раз"]
        if let due = card.due { parts.append("следующее повторение \(day(due))") }
        if let memory = card.memory { parts.append("стабильность \(String(format: "%.1f", memory.stability)) дн.") }
        if let recall { parts.append("вспомнится сейчас с вероятностью \(Int((recall * 100).rounded()))%") }
        return parts.joined(separator: "; ") + "."
    }

    static func stateName(_ state: CardState) -> String {
        switch state {
        case .new: "Новый"
        case .learning: "Изучается"
        case .review: "На повторении"
        case .relearning: "Переучивается"
        }
    }

    /// "2026-12-03 14:05 UTC".
    static func day(_ instant: Instant) -> String {
        let date = Date(timeIntervalSince1970: Double(instant.millisecondsSince1970) / 1000)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date) + " UTC"
    }
}
