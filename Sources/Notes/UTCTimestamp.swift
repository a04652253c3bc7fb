/// ISO 8601 times in UTC, exact to the millisecond (`2026-12-01T20:32:15.123Z`), for the
/// review log's export and the command line. Written by hand: Foundation's formatters
/// round through doubles of seconds.
public enum UTCTimestamp {
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// `2026-12-01T20:32:15.123Z`.
    public static func string(milliseconds: Int64) -> String {
        let (date, millisecond) = parts(milliseconds)
        return date + "." + padded(Int(millisecond), 3) + "Z"
    }

    /// `2026-12-01T20:32:15Z`: rounded down to the second.
    public static func secondsString(milliseconds: Int64) -> String {
        parts(milliseconds).date + "Z"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS`, optionally with a fraction (digits past milliseconds
    /// are dropped), then `Z` or an offset `±HH:MM`. Returns milliseconds since 1970, or nil.
    public static func milliseconds(parsing text: String) -> Int64? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ count: Int) -> Int64? {
            guard index + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[index..<index + count] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int64(byte - 0x30)
            }
            index += count
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
              let second = number(2),
              (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var millisecond: Int64 = 0
        if expect(".,") {
            var digits = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if digits < 3 { millisecond = millisecond * 10 + Int64(bytes[index] - 0x30) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 3) { millisecond *= 10 }
        }
        var offsetMinutes: Int64 = 0
        if expect("Zz") {
        } else if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
            let sign: Int64 = bytes[index] == 0x2D ? -1 : 1
            index += 1
            guard let hours = number(2) else { return nil }
            _ = expect(":")
            guard let minutes = number(2), hours < 24, minutes < 60 else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        return days * millisecondsPerDay + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millisecond
    }

    private static func parts(_ milliseconds: Int64) -> (date: String, millisecond: Int64) {
        var days = milliseconds / millisecondsPerDay
        var rest = milliseconds % millisecondsPerDay
        if rest < 0 { days -= 1; rest += millisecondsPerDay }
        let (year, month, day) = civil(daysSince1970: days)
        let seconds = rest / 1000
        let date = padded(Int(year), 4) + "-" + padded(Int(month), 2) + "-" + padded(Int(day), 2) + "T"
            + padded(Int(seconds / 3600), 2) + ":" + padded(Int(seconds / 60 % 60), 2) + ":" + padded(Int(seconds % 60), 2)
        return (date, rest % 1000)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil and civil_from_days (proleptic Gregorian calendar).
    private static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date (year, month, day) of a day counted from 1970-01-01 (Howard Hinnant's
    /// algorithm): no calendar object for a plain date.
    public static func civil(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
