import ArgumentParser
import Browser
import Chapter
import Foundation
import Notes
import Runtime
import Study

/// What the study commands share: the scheduler the config asks for, the clock, the
/// review log read as cards, and the library's questions by key.
struct StudyContext {
    var scheduler: Scheduler
    /// `fuzz = false` under `[study]` turns fuzz off for every review.
    var fuzzByDefault: Bool

    /// Reads `[study]` from config.toml; a broken file is a warning and the defaults.
    static func fromConfig(environment: [String: String] = ProcessEnvironment.current) -> StudyContext {
        var study = ConfigFile.Study()
        if let path = ThemeSelection.configFile(environment: environment),
           let text = readUTF8File(path) {
            do {
                let config = try ConfigFile.parse(text, path: path)
                study = config.study
                for warning in config.warnings where warning.isStudySetting { Console.warn(warning.message) }
            } catch {
                Console.warn(error.description)  // the default study settings are used
            }
        }
        let configuration = SchedulerConfiguration(desiredRetention: study.desiredRetention ?? 0.9)
        return StudyContext(scheduler: Scheduler(configuration) ?? .standard, fuzzByDefault: study.fuzz ?? true)
    }

    /// The review log as the browser reads and writes it, with these settings.
    var log: StudyLog { StudyLog(scheduler: scheduler, fuzzed: fuzzByDefault) }

    /// Every reviewed card, folded from the log, with the title it was last reviewed under.
    func reviewedCards(from records: [ReviewRecord]) -> [ReviewedCard] {
        var log: [(key: CardKey, review: Review)] = []
        log.reserveCapacity(records.count)
        var titles: [CardKey: String] = [:]
        for record in records {
            guard let review = Review(record) else { continue }
            let key = CardKey(chapterID: record.chapterID, questionKey: record.questionKey)
            log.append((key, review))
            titles[key] = record.questionTitle
        }
        return scheduler.cards(replaying: log).map { key, card in
            ReviewedCard(key: key, card: card, loggedTitle: titles[key] ?? "")
        }
    }
}

struct ReviewedCard {
    var key: CardKey
    var card: Card
    /// The title of the question when it was last reviewed: shown when it is gone from the library.
    var loggedTitle: String
}

/// The library's questions by card key; where two titles normalise alike, the first wins.
func questionsByKey(_ library: Library) -> [CardKey: Question] {
    var questions: [CardKey: Question] = [:]
    for question in library.allQuestions {
        let key = cardKey(for: question)
        if questions[key] == nil { questions[key] = question }
    }
    return questions
}

/// `--at ISO8601`: the moment a study command acts at; now when absent.
struct StudyTimeOption: ParsableArguments {
    @Option(name: .customLong("at"), help: ArgumentHelp(
        "The time, ISO 8601 with a zone (2026-12-01T20:00:00Z); default now.", valueName: "TIME"))
    var text: String?

    func instant() throws -> Instant {
        guard let text else { return Instant(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))) }
        guard let milliseconds = UTCTimestamp.milliseconds(parsing: text) else {
            throw Console.failure("--at '\(text)': expected ISO 8601 with a zone, e.g. 2026-12-01T20:00:00Z")
        }
        return Instant(millisecondsSince1970: milliseconds)
    }
}

/// Runs a study command's body: store failures become one line and status 2.
/// What the reading commands (`due`, `progress`) start from: the library, the moment asked
/// about, the scheduler's settings and every reviewed card, folded from the log.
struct StudySnapshot {
    var library: Library
    var at: Instant
    var context: StudyContext
    var cards: [ReviewedCard]
    /// The log itself, oldest first.
    var records: [ReviewRecord]

    static func read(library options: LibraryOptions, time: StudyTimeOption, data: NotesDataOptions) throws -> StudySnapshot {
        let library = try options.settings.loadLibrary()
        let at = try time.instant()
        let context = StudyContext.fromConfig()
        let store = try data.store()
        let records = try store.reviews()
        reportRecovery(of: store)
        return StudySnapshot(library: library, at: at, context: context, cards: context.reviewedCards(from: records),
                             records: records)
    }
}

func reportingStudyErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as OutputError {
        throw error
    } catch {
        throw Console.failure("\(error)")
    }
}

enum StudyFormat {
    static func number(_ value: Double) -> String { String(format: "%.6f", value) }
    static func time(_ instant: Instant) -> String { UTCTimestamp.secondsString(milliseconds: instant.millisecondsSince1970) }
}
